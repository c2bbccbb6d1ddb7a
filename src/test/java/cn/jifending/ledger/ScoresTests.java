package cn.jifending.ledger;

import cn.jifending.audit.Source;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.scoring.FactKind;
import cn.jifending.scoring.YearResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Ledger facts on a real database, scored through {@link Scores}. */
class ScoresTests extends MariaDbTestBase {

    @Autowired
    Organization organization;
    @Autowired
    Ledger ledger;
    @Autowired
    Scores scores;

    OrgFixture org;

    @BeforeEach
    void fixture() {
        org = new OrgFixture(organization);
    }

    @Test
    void theWorkedExampleOfScoringMdComesOutOfTheLedgerToTheDigit() {
        Branch branch = org.branch();
        Member member = org.member(branch, LocalDate.of(2025, 3, 1));
        organization.leaveBranch(member.id(), LocalDate.of(2025, 3, 31), OrgFixture.ADMIN);
        recordWorkedExampleMonth(branch, member, LocalDate.of(2025, 3, 1));

        YearResult year = scores.yearOf(member.id(), 2025).orElseThrow();

        assertThat(year.activeMonths()).hasSize(1);
        assertThat(year.base()).isEqualByComparingTo("58.90");
        assertThat(year.month(3).explain()).anyMatch(line -> line.contains("26.4"));
        assertThat(year.featured()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aReversalThroughTheLedgerRestoresTheEarlierResult() {
        Branch branch = org.branch();
        Member member = org.member(branch, LocalDate.of(2025, 3, 1));
        organization.leaveBranch(member.id(), LocalDate.of(2025, 3, 31), OrgFixture.ADMIN);
        recordWorkedExampleMonth(branch, member, LocalDate.of(2025, 3, 1));
        BigDecimal before = scores.yearOf(member.id(), 2025).orElseThrow().composite();

        Fact finding = ledger.record(NewFact.of(FactKind.FINDING, branch.id(), member.id(), "violation",
                LocalDate.of(2025, 3, 20), null, Source.chat(msg()), "secretary"));
        assertThat(scores.yearOf(member.id(), 2025).orElseThrow().composite()).isLessThan(before);

        ledger.correct(finding.id(), Correction.reversal("recorded for the wrong member", Source.chat(msg()),
                "secretary"));
        assertThat(scores.yearOf(member.id(), 2025).orElseThrow().composite()).isEqualByComparingTo(before);
    }

    @Test
    void aMemberWhoMovedIsScoredOverBothBranchesWhicheverBranchIsStreamed() {
        Branch first = org.branch();
        Branch second = org.branch();
        Member member = org.member(first, LocalDate.of(2025, 1, 1));
        organization.moveMember(member.id(), second.id(), null, LocalDate.of(2025, 7, 1), OrgFixture.ADMIN);
        ledger.record(NewFact.of(FactKind.FEATURED, first.id(), member.id(), "volunteer_service",
                LocalDate.of(2025, 3, 3), "1", Source.cardAction(msg(), "approve"), "secretary"));
        ledger.record(NewFact.of(FactKind.FEATURED, second.id(), member.id(), "volunteer_service",
                LocalDate.of(2025, 9, 9), "1", Source.cardAction(msg(), "approve"), "secretary"));

        YearResult direct = scores.yearOf(member.id(), 2025).orElseThrow();
        List<YearResult> fromFirst = new ArrayList<>();
        scores.forEachYear(first.id(), 2025, fromFirst::add);
        List<YearResult> fromSecond = new ArrayList<>();
        scores.forEachYear(second.id(), 2025, fromSecond::add);

        assertThat(direct.activeMonths()).hasSize(12);
        assertThat(direct.featured()).isEqualByComparingTo("2");
        assertThat(fromFirst).singleElement().satisfies(r -> assertThat(r.composite()).isEqualByComparingTo(direct.composite()));
        assertThat(fromSecond).singleElement().satisfies(r -> assertThat(r.composite()).isEqualByComparingTo(direct.composite()));
    }

    /**
     * The branch stream scores members while its scan is still reading: more members than the results that may
     * wait ({@code ResultsInOrder.AHEAD}), one who moved in, some with a spell and no facts, and a consumer that reads the database. Each comes out once, in member-id order, equal to its own
     * {@link Scores#yearOf} in every figure and line.
     */
    @Test
    void theBranchStreamGivesEachMembersOwnYearInMemberOrder() {
        Branch branch = org.branch();
        Branch other = org.branch();
        List<Member> members = new ArrayList<>();
        for (int n = 0; n < 70; n++) {
            Member m = org.member(branch, LocalDate.of(2025, 1 + n % 12, 1));
            members.add(m);
            if (n % 10 != 3) { // every tenth member has no facts at all
                ledger.record(NewFact.of(FactKind.XUEXI_MISSED_DAYS, branch.id(), m.id(), "xuexi_login",
                        LocalDate.of(2025, 12, 1), "" + n % 5, Source.importFile(msg()), "recorder"));
                ledger.record(NewFact.of(FactKind.ATTENDANCE, branch.id(), m.id(), "party_day",
                        LocalDate.of(2025, 12, 9), n % 3 == 0 ? "ABSENT" : "PRESENT", Source.chat(msg()), "recorder"));
            }
        }
        Member movedIn = org.member(other, LocalDate.of(2025, 1, 1));
        organization.moveMember(movedIn.id(), branch.id(), null, LocalDate.of(2025, 6, 1), OrgFixture.ADMIN);
        ledger.record(NewFact.of(FactKind.FEATURED, other.id(), movedIn.id(), "volunteer_service",
                LocalDate.of(2025, 3, 3), "1", Source.cardAction(msg(), "approve"), "secretary"));
        members.add(movedIn);

        List<YearResult> streamed = new ArrayList<>();
        List<String> readInTheConsumer = new ArrayList<>(); // a consumer may use the database (the rows stream)
        scores.forEachYear(branch.id(), 2025, r -> {
            streamed.add(r);
            readInTheConsumer.add(scores.yearOf(Long.parseLong(r.memberId()), 2025).orElseThrow().toString());
        });

        List<String> expected = members.stream().sorted(java.util.Comparator.comparingLong(Member::id))
                .map(m -> scores.yearOf(m.id(), 2025).orElseThrow().toString()).toList();
        assertThat(streamed).hasSize(71);
        assertThat(streamed.stream().map(YearResult::toString).toList()).containsExactlyElementsOf(expected);
        assertThat(readInTheConsumer).containsExactlyElementsOf(expected);
        assertThat(streamed.stream().filter(r -> r.memberId().equals("" + movedIn.id())).findFirst().orElseThrow()
                .featured()).isEqualByComparingTo("1");
    }

    @Test
    void aYearWithNoActiveMonthHasNoResult() {
        Member member = org.member(org.branch(), LocalDate.of(2026, 1, 1));
        assertThat(scores.yearOf(member.id(), 2024)).isEmpty();
        assertThat(scores.schemeFor(2026)).isNotNull();
    }

    /** The scheme's worked example: the month's facts exactly as the recorder would enter them. */
    private void recordWorkedExampleMonth(Branch branch, Member member, LocalDate month) {
        long b = branch.id();
        long m = member.id();
        ledger.record(NewFact.of(FactKind.XUEXI_MISSED_DAYS, b, m, "xuexi_login", month, "3", Source.importFile(msg()), "recorder"));
        ledger.record(NewFact.of(FactKind.DAILY_QUESTION_POINTS, b, m, "daily_question", month, "12", Source.importFile(msg()), "recorder"));
        ledger.record(NewFact.of(FactKind.DUES, b, m, "dues", month, "ON_TIME", Source.importFile(msg()), "recorder"));
        ledger.record(NewFact.of(FactKind.ATTENDANCE, b, m, "collective_study", month.plusDays(4), "PRESENT", Source.chat(msg()), "recorder"));
        ledger.record(NewFact.of(FactKind.ATTENDANCE, b, m, "branch_congress", month.plusDays(11), "PRESENT", Source.chat(msg()), "recorder"));
        ledger.record(NewFact.of(FactKind.ATTENDANCE, b, m, "group_meeting", month.plusDays(14), "ABSENT", Source.chat(msg()), "recorder"));
        ledger.record(NewFact.of(FactKind.ATTENDANCE, b, m, "party_day", month.plusDays(19), "PRESENT", Source.chat(msg()), "recorder"));
    }

    private static String msg() {
        return UUID.randomUUID().toString();
    }
}
