package cn.jifending.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test builder for one member's facts; ids are generated in order (f1, f2, ...). */
final class Ledger {

    static final Scheme SCHEME = Scheme.builtIn2021();
    static final ScoreCalculator CALCULATOR = ScoreCalculator.of(SCHEME);

    private final List<Fact> facts = new ArrayList<>();
    private int next = 1;

    static Ledger formalAllYear(int year) {
        return new Ledger().member(LocalDate.of(year, 1, 1), null, "FORMAL");
    }

    Ledger member(LocalDate from, LocalDate to, String type) {
        return add(new Fact(id(), FactKind.MEMBERSHIP, null, from, to, type, null));
    }

    Ledger attend(String item, String date, String value) {
        return add(Fact.of(id(), FactKind.ATTENDANCE, item, LocalDate.parse(date), value));
    }

    Ledger xuexi(int year, int month, int missed) {
        return add(Fact.of(id(), FactKind.XUEXI_MISSED_DAYS, "xuexi_login", LocalDate.of(year, month, 1), "" + missed));
    }

    Ledger daily(int year, int month, int points) {
        return add(Fact.of(id(), FactKind.DAILY_QUESTION_POINTS, "daily_question", LocalDate.of(year, month, 1), "" + points));
    }

    Ledger dues(int year, int month, String value) {
        return add(Fact.of(id(), FactKind.DUES, "dues", LocalDate.of(year, month, 1), value));
    }

    Ledger finding(String date) {
        return add(Fact.of(id(), FactKind.FINDING, "violation", LocalDate.parse(date), null));
    }

    Ledger featured(String item, String date, String points) {
        return add(Fact.of(id(), FactKind.FEATURED, item, LocalDate.parse(date), points));
    }

    Ledger review(int year, String grade) {
        return add(Fact.of(id(), FactKind.REVIEW, "review", LocalDate.of(year, 1, 1), grade));
    }

    /** Every monthly figure full and on time for each month of the year (no meetings). */
    Ledger perfectMonthlyFigures(int year) {
        for (int m = 1; m <= 12; m++) {
            xuexi(year, m, 0).daily(year, m, 15).dues(year, m, "ON_TIME");
        }
        return this;
    }

    Ledger add(Fact f) {
        facts.add(f);
        return this;
    }

    Fact last() {
        return facts.get(facts.size() - 1);
    }

    String id() {
        return "f" + next++;
    }

    List<Fact> facts() {
        return List.copyOf(facts);
    }

    MemberFacts member() {
        return new MemberFacts("m1", "张三", "b1", facts);
    }

    YearResult year(int year) {
        return CALCULATOR.year(member(), year).orElseThrow();
    }
}
