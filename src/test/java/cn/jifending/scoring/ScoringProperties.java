package cn.jifending.scoring;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties over random ledgers of one member's 2026. */
class ScoringProperties {

    static final int YEAR = 2026;
    static final String[] ATTENDANCE_ITEMS = {"collective_study", "other_study", "branch_congress", "party_lecture",
            "group_meeting", "party_day", "org_life_meeting"};
    static final String[] FEATURED_ITEMS = {"grid_work", "volunteer_service", "branch:pioneer", "branch:writing"};

    /** A fact without its id yet; ids are given when the ledger is assembled. */
    interface Draft {
        Fact withId(String id);
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 364).map(d -> LocalDate.of(YEAR, 1, 1).plusDays(d));
    }

    static Arbitrary<LocalDate> firstOfMonths() {
        return Arbitraries.integers().between(1, 12).map(m -> LocalDate.of(YEAR, m, 1));
    }

    static Arbitrary<Draft> attendance() {
        return Combinators.combine(Arbitraries.of(ATTENDANCE_ITEMS), dates(), Arbitraries.of("PRESENT", "ABSENT", "EXCUSED"))
                .as((item, date, value) -> id -> Fact.of(id, FactKind.ATTENDANCE, item, date, value));
    }

    static Arbitrary<Draft> scoringFacts() {
        return Arbitraries.oneOf(
                attendance(),
                Combinators.combine(firstOfMonths(), Arbitraries.integers().between(0, 31))
                        .as((d, n) -> id -> Fact.of(id, FactKind.XUEXI_MISSED_DAYS, "xuexi_login", d, "" + n)),
                Combinators.combine(firstOfMonths(), Arbitraries.integers().between(0, 40))
                        .as((d, n) -> id -> Fact.of(id, FactKind.DAILY_QUESTION_POINTS, "daily_question", d, "" + n)),
                Combinators.combine(firstOfMonths(), Arbitraries.of("ON_TIME", "ON_TIME", "LATE"))
                        .as((d, v) -> id -> Fact.of(id, FactKind.DUES, "dues", d, v)),
                dates().map(d -> id -> Fact.of(id, FactKind.FINDING, "violation", d, null)),
                Combinators.combine(Arbitraries.of(FEATURED_ITEMS), dates(), Arbitraries.integers().between(0, 25))
                        .as((item, d, halves) -> id -> Fact.of(id, FactKind.FEATURED, item, d,
                                BigDecimal.valueOf(halves, 1).multiply(BigDecimal.valueOf(5)).toPlainString())));
    }

    static Arbitrary<Draft> membership() {
        return Combinators.combine(Arbitraries.integers().between(-400, 364), Arbitraries.integers().between(0, 500),
                        Arbitraries.of(true, false), Arbitraries.of(MemberType.class))
                .as((start, length, open, type) -> id -> {
                    LocalDate from = LocalDate.of(YEAR, 1, 1).plusDays(start);
                    return new Fact(id, FactKind.MEMBERSHIP, null, from, open ? null : from.plusDays(length),
                            type.name(), null);
                });
    }

    @Provide
    Arbitrary<List<Fact>> ledgers() {
        Arbitrary<List<Draft>> spells = membership().list().ofMinSize(0).ofMaxSize(2);
        Arbitrary<List<Draft>> facts = scoringFacts().list().ofMaxSize(60);
        Arbitrary<Optional<String>> review = Arbitraries.of("EXCELLENT", "QUALIFIED", "BASIC", "UNQUALIFIED").optional();
        return Combinators.combine(spells, facts, review).as((s, f, r) -> {
            List<Fact> out = new ArrayList<>();
            s.forEach(d -> out.add(d.withId("s" + out.size())));
            f.forEach(d -> out.add(d.withId("f" + out.size())));
            r.ifPresent(g -> out.add(Fact.of("review", FactKind.REVIEW, "review", LocalDate.of(YEAR, 1, 1), g)));
            return out;
        });
    }

    @Provide
    Arbitrary<Draft> anyFact() {
        return Arbitraries.oneOf(scoringFacts(), membership());
    }

    @Provide
    Arbitrary<Draft> presentAttendance() {
        return Combinators.combine(Arbitraries.of(ATTENDANCE_ITEMS), dates())
                .as((item, date) -> id -> Fact.of(id, FactKind.ATTENDANCE, item, date, "PRESENT"));
    }

    static Optional<YearResult> score(List<Fact> facts) {
        return Ledger.CALCULATOR.year(new MemberFacts("m1", "张三", "b1", facts), YEAR);
    }

    @Property
    void compositeIsAlwaysWithinZeroAndAHundred(@ForAll("ledgers") List<Fact> facts) {
        score(facts).ifPresent(r -> {
            assertThat(r.composite()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
            assertThat(r.composite().scale()).isEqualTo(2);
            assertThat(r.base()).isBetween(BigDecimal.ZERO, new BigDecimal("70"));
            assertThat(r.featured()).isBetween(BigDecimal.ZERO, new BigDecimal("20"));
            for (MonthResult m : r.months()) {
                for (GroupResult g : m.groups()) {
                    assertThat(g.score()).isBetween(BigDecimal.ZERO, g.max());
                }
            }
        });
    }

    @Property
    void addingAPresentAttendanceNeverLowersAScore(@ForAll("ledgers") List<Fact> facts,
                                                   @ForAll("presentAttendance") Draft present) {
        Optional<YearResult> before = score(facts);
        List<Fact> more = new ArrayList<>(facts);
        more.add(present.withId("added"));
        Optional<YearResult> after = score(more);
        assertThat(after.isPresent()).isEqualTo(before.isPresent());
        before.ifPresent(b -> {
            YearResult a = after.orElseThrow();
            assertThat(a.composite()).isGreaterThanOrEqualTo(b.composite());
            for (int i = 0; i < b.months().size(); i++) {
                MonthResult mb = b.months().get(i);
                MonthResult ma = a.months().get(i);
                assertThat(ma.base()).as(mb.month().toString()).isGreaterThanOrEqualTo(mb.base());
                for (int g = 0; g < mb.groups().size(); g++) {
                    assertThat(ma.groups().get(g).score()).isGreaterThanOrEqualTo(mb.groups().get(g).score());
                }
            }
        });
    }

    @Property
    void aReversalRestoresTheEarlierResult(@ForAll("ledgers") List<Fact> facts, @ForAll("anyFact") Draft extra) {
        Optional<YearResult> before = score(facts);
        List<Fact> more = new ArrayList<>(facts);
        Fact added = extra.withId("added");
        more.add(added);
        more.add(Fact.reversal("reversal", added));
        assertThat(score(more)).isEqualTo(before);
    }

    @Property
    void aReversalOfAnExistingFactEqualsLeavingItOut(@ForAll("ledgers") List<Fact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        Fact reversed = facts.get(facts.size() / 2);
        List<Fact> without = new ArrayList<>(facts);
        without.remove(reversed);
        List<Fact> reversedLedger = new ArrayList<>(facts);
        reversedLedger.add(Fact.reversal("reversal", reversed));
        assertThat(score(reversedLedger)).isEqualTo(score(without));
    }
}
