package cn.jifending.declaration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.audit.Source;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.InboundMessage;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.NewFact;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.scoring.FactKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code 我的积分} says when the 评议分 is 0 only because the annual review has not happened yet, and when the base
 * stands at full marks only because nothing at all has been recorded for the year.
 */
@Import(MutableClock.Config.class)
class MyScoresNotesTests extends MariaDbTestBase {

    private static final String REVIEW_PENDING = "评议分 0（年度评议尚未进行）";
    private static final String NOTHING_RECORDED = "2026 年还没有任何记分记录";

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired Ledger ledger;
    @Autowired MutableClock clock;

    Branch branch;
    Member member;

    @BeforeEach
    void aNewMemberInSeptember() {
        clock.set(LocalDateTime.of(2026, 9, 15, 10, 0));
        OrgFixture fixture = new OrgFixture(organization);
        branch = fixture.branch();
        member = fixture.member(branch, LocalDate.of(2026, 1, 1));
    }

    @Test
    void aYearWithNothingRecordedSaysSoAndThatTheReviewIsPending() {
        assertThat(myScore()).contains(REVIEW_PENDING, NOTHING_RECORDED + "：基础分暂按各项满分计算，记分员记分后会变化。")
                .contains("\n\n**9 月基础分**").doesNotContain("\n\n\n");
    }

    @Test
    void oneFactRecordedEndsTheNothingRecordedNote() {
        ledger.record(NewFact.of(FactKind.DUES, branch.id(), member.id(), "dues", LocalDate.of(2026, 3, 1), "ON_TIME",
                Source.importFile("sheet-" + UUID.randomUUID()), "recorder"));
        assertThat(myScore()).contains(REVIEW_PENDING).doesNotContain(NOTHING_RECORDED)
                .contains("\n\n**9 月基础分**").doesNotContain("\n\n\n");
    }

    @Test
    void aRecordedReviewIsNotPending() {
        ledger.record(NewFact.of(FactKind.REVIEW, branch.id(), member.id(), null, LocalDate.of(2026, 1, 1),
                "EXCELLENT", Source.chat("m-" + UUID.randomUUID()), "secretary"));
        assertThat(myScore()).doesNotContain("年度评议尚未进行").doesNotContain(NOTHING_RECORDED)
                .contains("评议分 10");
    }

    @Test
    void aPastYearWithoutAReviewSaysItWasNotRecordedAndPromisesNothing() {
        Member sinceLastYear = new OrgFixture(organization).member(branch, LocalDate.of(2025, 1, 1));
        assertThat(myScore(sinceLastYear, "我的积分 2025")).contains("评议分 0（未记录年度评议）",
                        "2025 年没有任何记分记录：基础分按各项满分计算。")
                .doesNotContain("尚未进行", "还没有", "会变化", "\n\n\n");
    }

    private String myScore() {
        return myScore(member, "我的积分");
    }

    private String myScore(Member member, String text) {
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), member.userId(), "", null, null, text,
                List.of(), Instant.now()));
        return jdbc.sql("SELECT body FROM outbox_message WHERE id > :b AND template = 'my-score' "
                + "AND recipients LIKE :u").param("b", before).param("u", "%" + member.userId() + "%")
                .query(String.class).single();
    }
}
