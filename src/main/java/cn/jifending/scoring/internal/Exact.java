package cn.jifending.scoring.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number. Group scores ({@code max × earned / available}) and means of months are
 * not always finite decimals; keeping them exact means the composite is rounded once, at the end.
 *
 * <p>Almost every value in a scheme is a multiple of 0.5 over a small denominator, so the value is held
 * as a reduced {@code long} fraction and only falls back to {@link BigInteger} when an operation would
 * overflow (checked with {@link Math#multiplyExact}); both forms give the same results, and equal values
 * are equal whatever form produced them.
 */
public final class Exact implements Comparable<Exact> {

    public static final Exact ZERO = new Exact(0, 1);
    private static final Exact ONE = new Exact(1, 1);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The reduced fraction while it fits in longs (den > 0); {@code big} is null then. */
    private final long num;
    private final long den;
    /** The reduced fraction when it does not fit; null while it does. */
    private final BigInteger[] big;

    private Exact(long num, long den) {
        this.num = num;
        this.den = den;
        this.big = null;
    }

    private Exact(BigInteger num, BigInteger den) {
        this.num = 0;
        this.den = 0;
        this.big = new BigInteger[]{num, den};
    }

    /** A reduced fraction from any longs (den ≠ 0). */
    private static Exact reduced(long num, long den) {
        if (den == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (num == Long.MIN_VALUE || den == Long.MIN_VALUE) {
            return reduced(BigInteger.valueOf(num), BigInteger.valueOf(den));
        }
        if (den < 0) {
            num = -num;
            den = -den;
        }
        if (den != 1) {
            long g = gcd(Math.abs(num), den);
            if (g > 1) {
                num /= g;
                den /= g;
            }
        }
        if (num == 0) {
            return ZERO;
        }
        return new Exact(num, den);
    }

    private static Exact reduced(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (fitsLong(num) && fitsLong(den)) {
            return reduced(num.longValue(), den.longValue());
        }
        return new Exact(num, den);
    }

    private static boolean fitsLong(BigInteger v) {
        return v.compareTo(LONG_MIN) > 0 && v.compareTo(LONG_MAX) <= 0;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    public static Exact of(BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        int scale = d.scale();
        if (unscaled.bitLength() < 63 && scale >= 0 && scale <= 18) {
            return reduced(unscaled.longValue(), LongPowers.TEN[scale]);
        }
        return scale <= 0
                ? reduced(d.toBigIntegerExact(), BigInteger.ONE)
                : reduced(unscaled, BigInteger.TEN.pow(scale));
    }

    public static Exact of(long n) {
        return n == 0 ? ZERO : n == 1 ? ONE : new Exact(n, 1);
    }

    private BigInteger bigNum() {
        return big != null ? big[0] : BigInteger.valueOf(num);
    }

    private BigInteger bigDen() {
        return big != null ? big[1] : BigInteger.valueOf(den);
    }

    public Exact plus(Exact o) {
        if (big == null && o.big == null) {
            try {
                if (den == o.den) {
                    return reduced(Math.addExact(num, o.num), den);
                }
                return reduced(Math.addExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)),
                        Math.multiplyExact(den, o.den));
            } catch (ArithmeticException overflow) {
                // fall through to the exact wide form
            }
        }
        return reduced(bigNum().multiply(o.bigDen()).add(o.bigNum().multiply(bigDen())), bigDen().multiply(o.bigDen()));
    }

    public Exact times(Exact o) {
        if (big == null && o.big == null) {
            try {
                return reduced(Math.multiplyExact(num, o.num), Math.multiplyExact(den, o.den));
            } catch (ArithmeticException overflow) {
                // fall through to the exact wide form
            }
        }
        return reduced(bigNum().multiply(o.bigNum()), bigDen().multiply(o.bigDen()));
    }

    public Exact dividedBy(Exact o) {
        if (o.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (big == null && o.big == null) {
            try {
                return reduced(Math.multiplyExact(num, o.den), Math.multiplyExact(den, o.num));
            } catch (ArithmeticException overflow) {
                // fall through to the exact wide form
            }
        }
        return reduced(bigNum().multiply(o.bigDen()), bigDen().multiply(o.bigNum()));
    }

    public Exact min(Exact o) {
        return compareTo(o) <= 0 ? this : o;
    }

    public Exact max(Exact o) {
        return compareTo(o) >= 0 ? this : o;
    }

    public int signum() {
        return big != null ? big[0].signum() : Long.signum(num);
    }

    @Override
    public int compareTo(Exact o) {
        if (big == null && o.big == null) {
            if (den == o.den) {
                return Long.compare(num, o.num);
            }
            try {
                return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
            } catch (ArithmeticException overflow) {
                // fall through to the exact wide form
            }
        }
        return bigNum().multiply(o.bigDen()).compareTo(o.bigNum().multiply(bigDen()));
    }

    /** The exact decimal when it is finite, otherwise rounded to {@code scale} places. */
    public BigDecimal toDecimal(int scale, RoundingMode mode) {
        if (big == null) {
            BigDecimal fast = longDecimal();
            if (fast != null) {
                return fast;
            }
        }
        if (!isFiniteDecimal()) {
            return round(scale, mode);
        }
        BigDecimal exact = (big == null && den == 1 ? BigDecimal.valueOf(num)
                : new BigDecimal(bigNum()).divide(new BigDecimal(bigDen()))).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }

    /**
     * The exact decimal of a long fraction whose denominator is 2^a·5^b, as {@code unscaled / 10^max(a,b)}
     * in longs (no BigDecimal division: a figure of every item of every month passes here), stripped as the
     * general path strips it; null when the denominator has another prime factor or the unscaled value
     * would overflow.
     */
    private BigDecimal longDecimal() {
        long d = den;
        int twos = Long.numberOfTrailingZeros(d);
        d >>>= twos;
        int fives = 0;
        while (d % 5 == 0) {
            d /= 5;
            fives++;
        }
        int k = Math.max(twos, fives);
        if (d != 1 || k > 18) {
            return null;
        }
        if (k == 0) {
            return BigDecimal.valueOf(num); // a whole number: scale 0, as the general path gives it
        }
        // Already stripped: the fraction is reduced, so the unscaled value has no factor 10. With den = 2^a·5^b and
        // k = max(a, b) > 0, num × 2^(k-a) × 5^(k-b) lacks a factor 2 (a = k: num is odd, the factor a power of 5)
        // or a factor 5 (b = k: num is prime to 5, the factor a power of 2).
        try {
            long factor = Math.multiplyExact(1L << (k - twos), LongPowers.FIVE[k - fives]);
            return BigDecimal.valueOf(Math.multiplyExact(num, factor), k);
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    /** True when the denominator has no prime factor other than 2 and 5. */
    private boolean isFiniteDecimal() {
        if (big == null) {
            long d = den >>> Long.numberOfTrailingZeros(den);
            while (d % 5 == 0) {
                d /= 5;
            }
            return d == 1;
        }
        BigInteger d = big[1].shiftRight(big[1].getLowestSetBit());
        BigInteger five = BigInteger.valueOf(5);
        while (d.mod(five).signum() == 0) {
            d = d.divide(five);
        }
        return d.equals(BigInteger.ONE);
    }

    /** Rounded to exactly {@code scale} places. */
    public BigDecimal round(int scale, RoundingMode mode) {
        if (big == null) {
            return BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), scale, mode);
        }
        return new BigDecimal(big[0]).divide(new BigDecimal(big[1]), scale, mode);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Exact e)) {
            return false;
        }
        if (big == null && e.big == null) {
            return num == e.num && den == e.den;
        }
        return big != null && e.big != null && big[0].equals(e.big[0]) && big[1].equals(e.big[1]);
    }

    @Override
    public int hashCode() {
        return big == null ? Long.hashCode(num) * 31 + Long.hashCode(den) : big[0].hashCode() * 31 + big[1].hashCode();
    }

    @Override
    public String toString() {
        return big == null ? num + "/" + den : big[0] + "/" + big[1];
    }

    /** Powers of ten and of five that fit a long (up to the 18th). */
    private static final class LongPowers {
        static final long[] TEN = new long[19];
        static final long[] FIVE = new long[19];

        static {
            TEN[0] = 1;
            FIVE[0] = 1;
            for (int i = 1; i < TEN.length; i++) {
                TEN[i] = TEN[i - 1] * 10;
                FIVE[i] = FIVE[i - 1] * 5;
            }
        }
    }
}
