package cn.jifending.annual.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.StatementCounter;
import cn.jifending.annual.AnnualLine;
import cn.jifending.audit.Source;
import cn.jifending.calendar.PublicityWindow;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.NewFact;
import cn.jifending.ledger.Scores;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.scoring.FactKind;
import cn.jifending.scoring.YearResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The member's annual result: how the year was reckoned is each member's own {@link Scores#yearOf}, from one
 * pass over the branch however many members; where a part is missing it is worded, not a dash.
 */
@Import({MutableClock.Config.class, StatementCounter.Config.class})
class MemberFeedbackTests extends MariaDbTestBase {

    private static final PublicityWindow WINDOW = new PublicityWindow(LocalDate.of(2027, 1, 6),
            LocalDate.of(2027, 1, 12), false);

    @Autowired MemberFeedback feedback;
    @Autowired MessageTemplates templates;
    @Autowired Scores scores;
    @Autowired Ledger ledger;
    @Autowired Outbox outbox;
    @Autowired Organization organization;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    /**
     * A year the ledger cannot reckon (here a member it does not know) says so in words instead of the placeholder
     * dash the Java side once put in (#15 defect 4); no warning is 无.
     */
    @Test
    void aYearWithoutItsReckoningAndWithoutAWarningIsWorded() {
        AnnualLine line = new AnnualLine(-42L, "u-42", "张三", -1L, "一支部", "FORMAL", new BigDecimal("70"),
                new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("85"), "PRIORITY", "优先作为评优评先、提拔任用推荐对象",
                Optional.empty(), false, false);
        String text = templates.message("annual-result", feedback.model(line, 2026, scores.yearOf(-42L, 2026), WINDOW));
        assertThat(text).contains("- 预警：无", "本年度积分的构成暂时无法列出", "公示期 2027-01-06 至 2027-01-12")
                .doesNotContain("\n-\n");

        AnnualLine warned = new AnnualLine(-42L, "u-42", "张三", -1L, "一支部", "FORMAL", new BigDecimal("50"),
                BigDecimal.ZERO, new BigDecimal("5"), new BigDecimal("55"), "RED", "红色预警", Optional.of("RED"), false,
                false);
        assertThat(templates.message("annual-result", feedback.model(warned, 2026, Optional.empty(), WINDOW)))
                .contains("- 预警：⚠ 红色预警");
    }

    /**
     * Every member with an account is told their own year's lines, a member of another branch in the lines too
     * (asked alone); the statements grow by the messages only, not by a scoring pass per member.
     */
    @Test
    void eachMemberIsToldTheirOwnYearFromOnePassOverTheBranch() {
        OrgFixture org = new OrgFixture(organization);
        Branch branch = org.branch();
        Branch other = org.branch();
        List<Member> members = List.of(org.member(branch, LocalDate.of(2025, 1, 1)),
                org.member(branch, LocalDate.of(2025, 4, 1)), org.probationary(branch, LocalDate.of(2025, 1, 1)),
                org.member(other, LocalDate.of(2025, 1, 1)));
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            long at = i == 3 ? other.id() : branch.id();
            ledger.record(NewFact.of(FactKind.ATTENDANCE, at, m.id(), "party_day", LocalDate.of(2025, 6, 9),
                    i % 2 == 0 ? "ABSENT" : "PRESENT", Source.importFile(msg()), "recorder"));
            ledger.record(NewFact.of(FactKind.XUEXI_MISSED_DAYS, at, m.id(), "xuexi_login", LocalDate.of(2025, 9, 1),
                    "" + i, Source.importFile(msg()), "recorder"));
        }
        List<AnnualLine> lines = members.stream().map(m -> line(m, branch)).toList();

        long before = maxOutboxId();
        feedback.tellMembers(branch.id(), 2025, lines, WINDOW);
        for (Member m : members) {
            YearResult own = scores.yearOf(m.id(), 2025).orElseThrow();
            assertThat(own.summary()).isNotEmpty();
            assertThat(messagesTo(m, before)).singleElement().isEqualTo(templates.message("annual-result",
                    feedback.model(line(m, branch), 2025, Optional.of(own), WINDOW)));
        }

        long oneMessage = StatementCounter.during(() -> tx.executeWithoutResult(s -> outbox.message(
                List.of("nobody-" + msg()), "annual-result", feedback.model(lines.get(0), 2025, Optional.empty(),
                        WINDOW))));
        long forOne = StatementCounter.during(() -> feedback.tellMembers(branch.id(), 2025, lines.subList(0, 1), WINDOW));
        long forThree = StatementCounter.during(() -> feedback.tellMembers(branch.id(), 2025, lines.subList(0, 3), WINDOW));
        assertThat(forThree - forOne).as("two more members: two more messages, no more reads").isEqualTo(2 * oneMessage);
    }

    private static AnnualLine line(Member m, Branch branch) {
        return new AnnualLine(m.id(), m.userId(), m.name(), branch.id(), branch.name(), "FORMAL", new BigDecimal("70"),
                BigDecimal.ZERO, new BigDecimal("10"), new BigDecimal("80"), "PRIORITY", "PRIORITY", Optional.empty(),
                false, false);
    }

    private List<String> messagesTo(Member m, long after) {
        return jdbc.sql("SELECT body FROM outbox_message WHERE id > :after AND template = 'annual-result' "
                        + "AND recipients LIKE :who ORDER BY id")
                .param("after", after).param("who", "%" + m.userId() + "%").query(String.class).list();
    }

    private long maxOutboxId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    private static String msg() {
        return UUID.randomUUID().toString();
    }
}
