package cn.jifending.scoring.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number. Group scores ({@code max × earned / available}) and means of months are
 * not always finite decimals; keeping them exact means the composite is rounded once, at the end.
 */
public record Exact(BigInteger num, BigInteger den) implements Comparable<Exact> {

    public static final Exact ZERO = new Exact(BigInteger.ZERO, BigInteger.ONE);

    public Exact {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        if (!den.equals(BigInteger.ONE)) {
            BigInteger g = num.gcd(den);
            if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
                num = num.divide(g);
                den = den.divide(g);
            }
        }
    }

    public static Exact of(BigDecimal d) {
        return d.scale() <= 0
                ? new Exact(d.toBigIntegerExact(), BigInteger.ONE)
                : new Exact(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    public static Exact of(long n) {
        return new Exact(BigInteger.valueOf(n), BigInteger.ONE);
    }

    public Exact plus(Exact o) {
        if (den.equals(o.den)) {
            return new Exact(num.add(o.num), den);
        }
        return new Exact(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Exact times(Exact o) {
        return new Exact(num.multiply(o.num), den.multiply(o.den));
    }

    public Exact dividedBy(Exact o) {
        return new Exact(num.multiply(o.den), den.multiply(o.num));
    }

    public Exact min(Exact o) {
        return compareTo(o) <= 0 ? this : o;
    }

    public Exact max(Exact o) {
        return compareTo(o) >= 0 ? this : o;
    }

    public int signum() {
        return num.signum();
    }

    @Override
    public int compareTo(Exact o) {
        if (den.equals(o.den)) {
            return num.compareTo(o.num);
        }
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    /** The exact decimal when it is finite, otherwise rounded to {@code scale} places. */
    public BigDecimal toDecimal(int scale, RoundingMode mode) {
        BigDecimal n = new BigDecimal(num);
        BigDecimal d = new BigDecimal(den);
        if (!isFiniteDecimal()) {
            return n.divide(d, scale, mode);
        }
        BigDecimal exact = n.divide(d).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }

    /** True when the denominator has no prime factor other than 2 and 5. */
    private boolean isFiniteDecimal() {
        BigInteger d = den.shiftRight(den.getLowestSetBit());
        BigInteger five = BigInteger.valueOf(5);
        while (d.mod(five).signum() == 0) {
            d = d.divide(five);
        }
        return d.equals(BigInteger.ONE);
    }

    /** Rounded to exactly {@code scale} places. */
    public BigDecimal round(int scale, RoundingMode mode) {
        return new BigDecimal(num).divide(new BigDecimal(den), scale, mode);
    }
}
