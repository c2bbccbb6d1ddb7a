package cn.jifending.scoring.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The long-backed {@link Exact} against a plain BigInteger fraction: every operation, over small scheme-like
 * values and values near the long range (where the fast path overflows and must fall back), gives the same
 * value, the same order and the same rounding.
 */
class ExactPropertiesTest {

    /** The reference: an always-wide fraction, never reduced early. */
    private record Ref(BigInteger n, BigInteger d) {
        static Ref of(long n, long d) {
            return new Ref(BigInteger.valueOf(n), BigInteger.valueOf(d));
        }

        Ref plus(Ref o) {
            return new Ref(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
        }

        Ref times(Ref o) {
            return new Ref(n.multiply(o.n), d.multiply(o.d));
        }

        Ref div(Ref o) {
            return new Ref(n.multiply(o.d), d.multiply(o.n));
        }

        int cmp(Ref o) {
            return n.multiply(o.d).multiply(BigInteger.valueOf(d.signum() * o.d.signum())).compareTo(
                    o.n.multiply(d).multiply(BigInteger.valueOf(d.signum() * o.d.signum())));
        }

        BigDecimal round(int scale) {
            return new BigDecimal(n).divide(new BigDecimal(d), scale, RoundingMode.HALF_UP);
        }
    }

    @Provide
    Arbitrary<Long> numerators() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-200, 200),
                Arbitraries.longs().between(Long.MAX_VALUE / 4, Long.MAX_VALUE),
                Arbitraries.longs().between(Long.MIN_VALUE, Long.MIN_VALUE / 4),
                Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, 1L, -1L));
    }

    @Provide
    Arbitrary<Long> denominators() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 60), Arbitraries.longs().between(-60, -1),
                Arbitraries.longs().between(Long.MAX_VALUE / 3, Long.MAX_VALUE), Arbitraries.of(Long.MIN_VALUE));
    }

    @Property(tries = 3000)
    void everyOperationMatchesTheWideReference(@ForAll("numerators") long an, @ForAll("denominators") long ad,
                                               @ForAll("numerators") long bn, @ForAll("denominators") long bd) {
        Exact a = Exact.of(an).dividedBy(Exact.of(ad));
        Exact b = Exact.of(bn).dividedBy(Exact.of(bd));
        Ref ra = Ref.of(an, ad);
        Ref rb = Ref.of(bn, bd);
        List<Exact> got = new java.util.ArrayList<>(List.of(a.plus(b), a.times(b), a.plus(b.times(Exact.of(-1)))));
        List<Ref> want = new java.util.ArrayList<>(List.of(ra.plus(rb), ra.times(rb), ra.plus(rb.times(Ref.of(-1, 1)))));
        if (bn != 0) {
            got.add(a.dividedBy(b));
            want.add(ra.div(rb));
        }
        for (int i = 0; i < got.size(); i++) {
            assertThat(got.get(i).round(6, RoundingMode.HALF_UP)).as("op %d", i).isEqualTo(want.get(i).round(6));
        }
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(ra.cmp(rb)));
        assertThat(a.equals(b)).isEqualTo(ra.cmp(rb) == 0);
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
    }

    @Property(tries = 1000)
    void decimalsRoundTripInBothForms(@ForAll("numerators") long unscaled, @ForAll("scales") int scale) {
        BigDecimal d = BigDecimal.valueOf(unscaled, scale);
        Exact e = Exact.of(d);
        assertThat(e.toDecimal(30, RoundingMode.HALF_UP).compareTo(d)).isZero();
        assertThat(e).isEqualTo(Exact.of(d.setScale(scale + 1)));
    }

    /**
     * The decimal of a long fraction (computed in longs when its denominator is 2^a·5^b) is the very BigDecimal,
     * value and scale, that the exact BigDecimal division gives, stripped; and the rounded one otherwise.
     */
    @Property(tries = 2000)
    void decimalsInLongsAreTheDivisionsDecimals(@ForAll("numerators") long n, @ForAll("twos") int a,
                                                 @ForAll("twos") int b, @ForAll("others") int other) {
        long den = BigInteger.TWO.pow(a).multiply(BigInteger.valueOf(5).pow(b)).multiply(BigInteger.valueOf(other))
                .min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
        Exact e = Exact.of(n).dividedBy(Exact.of(den));
        BigInteger g = BigInteger.valueOf(n).gcd(BigInteger.valueOf(den));
        BigDecimal num = new BigDecimal(BigInteger.valueOf(n).divide(g));
        BigDecimal d = new BigDecimal(BigInteger.valueOf(den).divide(g));
        BigDecimal expected;
        try {
            BigDecimal exact = num.divide(d).stripTrailingZeros();
            expected = exact.scale() < 0 ? exact.setScale(0) : exact;
        } catch (ArithmeticException notFinite) {
            expected = num.divide(d, 4, RoundingMode.HALF_UP);
        }
        assertThat(e.toDecimal(4, RoundingMode.HALF_UP)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Integer> twos() {
        return Arbitraries.integers().between(0, 22);
    }

    @Provide
    Arbitrary<Integer> others() {
        return Arbitraries.of(1, 1, 1, 3, 7);
    }

    @Provide
    Arbitrary<Integer> scales() {
        return Arbitraries.integers().between(-3, 25);
    }
}
