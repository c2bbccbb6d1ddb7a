package cn.jifending.scoring;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Corrections (src/docs/recompute.md): REVERSAL cancels, a fact with {@code corrects} replaces. */
class CorrectionsTest {

    @Test
    void aReversalCancelsAFinding() {
        Ledger l = Ledger.formalAllYear(2026).finding("2026-03-03");
        Fact finding = l.last();
        assertThat(l.year(2026).month(3).group("political").score()).isEqualByComparingTo("0");
        l.add(Fact.reversal("r1", finding));
        assertThat(l.year(2026).month(3).group("political").score()).isEqualByComparingTo("10");
    }

    @Test
    void aCorrectingFactReplacesTheOriginal() {
        Ledger l = Ledger.formalAllYear(2026).attend("party_day", "2026-03-20", "ABSENT");
        Fact absent = l.last();
        l.add(new Fact("c1", FactKind.ATTENDANCE, "party_day", absent.occurredOn(), null, "PRESENT", absent.id()));
        ItemResult r = l.year(2026).month(3).item("party_day");
        assertThat(r.earned()).isEqualByComparingTo("5");
        assertThat(r.factIds()).containsExactly("c1");
    }

    @Test
    void reversingACorrectionBringsBackTheCorrectedFact() {
        Ledger l = Ledger.formalAllYear(2026).xuexi(2026, 3, 4);
        Fact original = l.last();
        Fact correction = new Fact("c1", FactKind.XUEXI_MISSED_DAYS, "xuexi_login", original.occurredOn(), null, "0",
                original.id());
        l.add(correction);
        assertThat(l.year(2026).month(3).item("xuexi_login").earned()).isEqualByComparingTo("10");
        l.add(Fact.reversal("r1", correction));
        assertThat(l.year(2026).month(3).item("xuexi_login").earned()).isEqualByComparingTo("8");
    }

    @Test
    void aReversedMembershipRemovesTheYear() {
        Ledger l = new Ledger().member(LocalDate.of(2026, 1, 1), null, "FORMAL");
        l.add(Fact.reversal("r1", l.last()));
        assertThat(Ledger.CALCULATOR.year(l.member(), 2026)).isEmpty();
    }
}
