package cn.jifending.declaration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.CardAction;
import cn.jifending.bot.InboundMessage;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.ledger.PeriodLocks;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.organization.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Member and approver journeys through the bot's door on the real database. Each test builds its
 * own branch (secretary, recorder, committee member, members), so tests never share data.
 */
class DeclarationJourneyTests extends MariaDbTestBase {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 9, 9};

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired PeriodLocks locks;
    @Autowired Clock clock;

    OrgFixture fixture;
    Branch branch;
    String secretary;
    String recorder;
    String committee;
    String member;
    long memberId;
    LocalDate today;
    long outboxBefore;

    record Row(String recipients, String template, String kind, String outTrackId, String body) {
    }

    @BeforeEach
    void branch() {
        fixture = new OrgFixture(organization);
        today = LocalDate.now(clock);
        branch = fixture.branch();
        LocalDate since = today.minusYears(1).withDayOfYear(1);
        secretary = withRole(fixture.member(branch, since), Role.SECRETARY);
        recorder = withRole(fixture.member(branch, since), Role.RECORDER);
        committee = withRole(fixture.member(branch, since), Role.BRANCH_COMMITTEE_MEMBER);
        Member m = fixture.member(branch, since);
        member = m.userId();
        memberId = m.id();
        outboxBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    String withRole(Member m, Role role) {
        organization.grantRole(m.id(), branch.id(), role, OrgFixture.ADMIN);
        return m.userId();
    }

    @Test
    void declarationWithTwoPhotosIsApprovedOnceEvenWhenPressedTwice() {
        say(member, "申报 志愿服务 昨天 社区义诊", photo(JPEG), photo(PNG));
        assertThat(lastTo(member).template()).isEqualTo("declaration-summary");
        assertThat(lastTo(member).body()).contains("志愿服务参与情况", "社区义诊", "2 份", "1 分");

        say(member, "确认");
        assertThat(lastTo(member).template()).isEqualTo("declaration-submitted");
        Row card = card();
        assertThat(card.recipients()).contains(secretary, recorder).doesNotContain(member);
        assertThat(card.body()).contains("社区义诊", "2 份");
        long id = declarationId(card.outTrackId());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM declaration_evidence WHERE declaration_id = :d").param("d", id)
                .query(Long.class).single()).isEqualTo(2);
        // in the sandbox the secretary can open each photo from the card
        List<Long> evidence = jdbc.sql("SELECT evidence_id FROM declaration_evidence WHERE declaration_id = :d "
                + "ORDER BY position").param("d", id).query(Long.class).list();
        assertThat(card.body()).contains("[查看第1份](/sandbox/api/files/evidence/" + evidence.get(0) + ")",
                "[查看第2份](/sandbox/api/files/evidence/" + evidence.get(1) + ")");

        CardAction approve = new CardAction(card.outTrackId(), secretary, "declaration.approve", Map.of(), Instant.now());
        assertThat(gateway.onCardAction(approve)).isTrue();
        assertThat(gateway.onCardAction(approve)).isFalse();
        press(card.outTrackId(), secretary, "declaration.adjust", Map.of("points", "0.5"));

        assertThat(featuredFacts()).containsExactly("1");
        assertThat(lastTo(secretary).template()).isEqualTo("decision-already");
        assertThat(lastTo(member).template()).isEqualTo("declaration-approved");
        assertThat(rows()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo("CARD_UPDATE");
            assertThat(r.outTrackId()).isEqualTo(card.outTrackId());
            assertThat(r.body()).contains("已通过");
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_type = 'declaration' AND subject_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
        // the member's message came from DecisionNotice on DeclarationDecided, a publication the registry completed
        assertThat(jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE event_type = :t AND serialized_event LIKE :e "
                        + "AND completion_date IS NOT NULL")
                .param("t", cn.jifending.declaration.DeclarationDecided.class.getName())
                .param("e", "%\"declarationId\":" + id + ",%").query(Long.class).single()).isOne();
    }

    @Test
    void theDeskTellsTheMemberWhatTheChatsConfirmTells(@Autowired cn.jifending.declaration.DeclarationDesk desk,
            @Autowired cn.jifending.evidence.EvidenceStore evidence,
            @Autowired org.springframework.transaction.support.TransactionTemplate tx) {
        say(member, "申报 志愿服务 昨天 社区义诊", photo(JPEG));
        say(member, "确认");
        Row chat = lastTo(member);
        long chatId = declarationId(card().outTrackId());

        String other = fixture.member(branch, today.minusYears(1).withDayOfYear(1)).userId();
        cn.jifending.audit.Source source = cn.jifending.audit.Source.system("desk-test-" + UUID.randomUUID());
        long deskId = tx.execute(status -> desk.submit(other, "volunteer_service", today.minusDays(1), "社区义诊",
                List.of(evidence.store(JPEG, "photo.jpg", other, source).id()), source)).orElseThrow();
        Row fromDesk = lastTo(other);

        assertThat(chat.template()).isEqualTo("declaration-submitted");
        assertThat(fromDesk.template()).isEqualTo(chat.template());
        String secretaryName = directory.findByUserId(secretary).orElseThrow().name();
        assertThat(chat.body()).contains("**" + chatId + "**", "志愿服务参与情况", secretaryName);
        assertThat(fromDesk.body().replace("**" + deskId + "**", "**N**"))
                .isEqualTo(chat.body().replace("**" + chatId + "**", "**N**"));
    }

    @Test
    void aMissingDateIsAskedForThenThePhotoThenTheSummary() {
        say(member, "志愿 敬老院陪护");
        assertThat(lastTo(member).template()).isEqualTo("declaration-ask-date");
        say(member, "前天");
        assertThat(lastTo(member).template()).isEqualTo("declaration-ask-evidence");
        say(member, "", photo(JPEG));
        assertThat(lastTo(member).template()).isEqualTo("declaration-summary");
        assertThat(lastTo(member).body()).contains("敬老院陪护", Texts.date(today.minusDays(2)));

        Row confirm = card();
        assertThat(confirm.recipients()).isEqualTo(member);
        String draft = jdbc.sql("SELECT source_msg_id FROM declaration_draft WHERE user_id = :u").param("u", member)
                .query(String.class).single();
        press(confirm.outTrackId(), member, "declaration.confirm", Map.of("draft", draft, "item", "志愿服务参与情况"));
        assertThat(lastTo(member).template()).isEqualTo("declaration-submitted");
        assertThat(card().recipients()).contains(secretary);
        press(confirm.outTrackId(), member, "declaration.cancel", Map.of("draft", draft));
        assertThat(lastTo(member).template()).isEqualTo("declaration-confirm-stale");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM declaration WHERE member_id = :m").param("m", memberId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anUnknownItemGetsSuggestions() {
        say(member, "申报 植树造林 昨天 义务植树");
        Row r = lastTo(member);
        assertThat(r.template()).isEqualTo("declaration-unknown-item");
        assertThat(r.body()).contains("植树造林", "志愿服务参与情况", "党建网格化工程落实情况");
        say(member, "网格");
        assertThat(lastTo(member).template()).isEqualTo("declaration-ask-evidence");
    }

    @Test
    void futureInactiveAndLockedDatesAreRefusedWithTheReason() {
        LocalDate future = today.plusDays(3);
        say(member, "申报 志愿服务 " + future + " 提前报名", photo(JPEG));
        assertThat(lastTo(member).template()).isEqualTo("declaration-date-future");

        Member late = fixture.member(branch, today.minusDays(5));
        say(late.userId(), "申报 志愿服务 " + today.minusDays(20) + " 入党前的事", photo(JPEG));
        assertThat(lastTo(late.userId()).template()).isEqualTo("declaration-date-inactive");

        LocalDate old = today.minusMonths(6);
        locks.lock(branch.id(), old.getYear(), (old.getMonthValue() - 1) / 3 + 1, "test", cn.jifending.audit.Source.system("test"));
        say(member, "取消"); // the refused draft is still open; a new 申报 would ask which to keep
        say(member, "申报 网格 " + old + " 走访困难户", photo(JPEG));
        assertThat(lastTo(member).template()).isEqualTo("declaration-date-locked");
        assertThat(lastTo(member).body()).contains("锁定");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM declaration WHERE member_id = :m").param("m", memberId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aReachedCapIsToldBeforeSubmittingAndAcceptedOnlyAsZero() {
        for (int i = 1; i <= 5; i++) {
            say(member, "申报 志愿服务 " + today.minusDays(i) + " 第" + i + "次", photo(JPEG));
            say(member, "确认");
            press(card().outTrackId(), secretary, "declaration.approve", Map.of());
        }
        assertThat(featuredFacts()).hasSize(5);
        say(member, "申报 志愿服务 " + today.minusDays(6) + " 第六次", photo(JPEG));
        assertThat(lastTo(member).template()).isEqualTo("declaration-summary-zero");
        say(member, "确认");
        Row card = card();
        assertThat(card.body()).contains("0 分");
        press(card.outTrackId(), secretary, "declaration.approve", Map.of());
        assertThat(featuredFacts()).hasSize(5);
        assertThat(lastTo(member).body()).contains("0 分");
    }

    @Test
    void aSecretarysOwnDeclarationGoesToTheCommitteeMember() {
        say(secretary, "申报 志愿服务 昨天 献血", photo(JPEG));
        say(secretary, "确认");
        Row card = card();
        assertThat(card.recipients()).contains(committee).doesNotContain(secretary);
        press(card.outTrackId(), secretary, "declaration.approve", Map.of());
        assertThat(lastTo(secretary).template()).isEqualTo("decision-own");
        press(card.outTrackId(), recorder, "declaration.approve", Map.of());
        assertThat(lastTo(recorder).template()).isEqualTo("decision-view-only");
        assertThat(featuredFactsOf(secretary)).isEmpty();
        press(card.outTrackId(), committee, "declaration.approve", Map.of());
        assertThat(featuredFactsOf(secretary)).containsExactly("1");
    }

    @Test
    void aRejectionNeedsAReason() {
        say(member, "申报 志愿服务 昨天 社区打扫", photo(JPEG));
        say(member, "确认");
        Row card = card();
        long id = declarationId(card.outTrackId());
        press(card.outTrackId(), secretary, "declaration.reject", Map.of());
        assertThat(lastTo(secretary).template()).isEqualTo("decision-reason-needed");
        say(secretary, "驳回 " + id + " 照片与事由不符");
        assertThat(lastTo(member).template()).isEqualTo("declaration-rejected");
        assertThat(lastTo(member).body()).contains("照片与事由不符", "申诉 " + id);
        assertThat(featuredFacts()).isEmpty();
    }

    @Test
    void aDisputeIsDecidedByTheMajorityOfTheCommitteeAndEveryVoteIsKept() {
        String second = withRole(fixture.member(branch, today.minusYears(1)), Role.BRANCH_COMMITTEE_MEMBER);
        say(member, "申报 网格 昨天 走访独居老人", photo(JPEG));
        say(member, "确认");
        Row card = card();
        long id = declarationId(card.outTrackId());
        press(card.outTrackId(), secretary, "declaration.reject", Map.of("reason", "没有走访记录表"));

        say(member, "申诉 " + id);
        assertThat(lastTo(member).template()).isEqualTo("dispute-usage");
        say(member, "申诉 " + id + " 记录表在网格员处，照片可证明");
        assertThat(lastTo(member).template()).isEqualTo("dispute-opened");
        Row vote = card();
        assertThat(vote.recipients()).contains(secretary, committee, second).doesNotContain(member, recorder);

        press(vote.outTrackId(), recorder, "dispute.overturn", Map.of());
        assertThat(lastTo(recorder).template()).as("a recorder is on no dispute panel").isEqualTo("refused");
        press(vote.outTrackId(), committee, "dispute.overturn", Map.of());
        press(vote.outTrackId(), secretary, "dispute.uphold", Map.of());
        assertThat(featuredFacts()).isEmpty();
        press(vote.outTrackId(), second, "dispute.overturn", Map.of());

        assertThat(featuredFacts()).containsExactly("1");
        assertThat(lastTo(member).template()).isEqualTo("dispute-decided");
        assertThat(lastTo(member).body()).contains("改判通过", "维持 1 票", "改判 2 票");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dispute_vote v JOIN declaration_dispute d ON d.id = v.dispute_id "
                + "WHERE d.declaration_id = :id").param("id", id).query(Long.class).single()).isEqualTo(3);
        say(member, "申诉 " + id + " 再申诉一次");
        assertThat(lastTo(member).template()).isEqualTo("dispute-exists");
    }

    @Test
    void aBranchItemIsProposedApprovedThenDeclared() {
        say(member, "自选项目 信息撰稿 每次2分 上限6分 需要材料");
        assertThat(lastTo(member).template()).isEqualTo("branch-item-not-secretary");
        say(secretary, "自选项目 排头兵 每次5分 上限11分");
        assertThat(lastTo(secretary).template()).isEqualTo("branch-item-over-cap");
        assertThat(lastTo(secretary).body()).contains("0 分", "11 分", "10 分");
        say(secretary, "自选项目 信息撰稿 每次2分 上限6分 需要材料");
        assertThat(lastTo(secretary).template()).isEqualTo("branch-item-proposed");
        Row review = card();
        assertThat(review.recipients()).contains("demo-admin");

        say(member, "申报 信息撰稿 昨天 支部简报");
        assertThat(lastTo(member).template()).isEqualTo("declaration-unknown-item");
        say(member, "取消");

        press(review.outTrackId(), secretary, "branch-item.approve", Map.of());
        assertThat(lastTo(secretary).template()).as("only a committee admin approves").isEqualTo("refused");
        press(review.outTrackId(), "demo-admin", "branch-item.approve", Map.of());
        assertThat(lastTo(secretary).template()).isEqualTo("branch-item-approved");

        say(secretary, "自选项目 办实事 每次1分 上限5分 无需材料");
        assertThat(lastTo(secretary).template()).isEqualTo("branch-item-over-cap");
        assertThat(lastTo(secretary).body()).contains("6 分", "5 分", "10 分");

        say(member, "信息撰稿 昨天 支部简报被市委网站采用", photo(PNG));
        assertThat(lastTo(member).template()).isEqualTo("declaration-summary");
        assertThat(lastTo(member).body()).contains("2 分", "6 分");
        say(member, "确认");
        press(card().outTrackId(), secretary, "declaration.approve", Map.of());
        assertThat(jdbc.sql("SELECT item FROM ledger_fact WHERE member_id = :m AND kind = 'FEATURED'")
                .param("m", memberId).query(String.class).single()).startsWith("branch:");
        assertThat(featuredFacts()).containsExactly("2");
    }

    @Test
    void aYearTypedAfterMyScoresIsTheYearShown() {
        int lastYear = today.getYear() - 1;
        say(member, "我的积分 " + lastYear);
        Row score = lastTo(member);
        assertThat(score.template()).isEqualTo("my-score");
        assertThat(score.body()).contains(lastYear + " 年积分", "12 月基础分").doesNotContain("进行中");

        say(member, "我的积分 " + (today.getYear() + 1));
        assertThat(lastTo(member).template()).isEqualTo("input-year-future");
        say(member, "我的积分 去年");
        assertThat(lastTo(member).body()).contains(lastYear + " 年积分");
        say(member, "我的积分 " + (today.getYear() - 3));
        assertThat(lastTo(member).template()).as("a year without any active month is said so").isEqualTo("my-score-none");
        assertThat(lastTo(member).body()).contains((today.getYear() - 3) + " 年");
    }

    @Test
    void myScoresMyDeclarationsAndTheMonthsDetailAreAnswered() {
        say(member, "申报 志愿服务 昨天 社区义诊", photo(JPEG));
        say(member, "确认");
        press(card().outTrackId(), secretary, "declaration.approve", Map.of());

        say(member, "我的积分 " + today.getYear());
        Row score = lastTo(member);
        assertThat(score.template()).isEqualTo("my-score");
        assertThat(score.body()).contains("综合得分", "基础分", "特色分 1", "评议分 0", today.getMonthValue() + " 月基础分",
                "⏳ " + today.getMonthValue() + " 月本月进行中：含本月的得分为暂计");

        say(member, "积分明细 " + today.getMonthValue() + "月");
        Row detail = lastTo(member);
        assertThat(detail.template()).isEqualTo("score-detail");
        assertThat(detail.body()).contains("政治学习", "组织生活", "政治建设", today.getMonthValue() + " 月本月进行中");

        say(member, "积分明细 13月");
        assertThat(lastTo(member).template()).isEqualTo("score-detail-usage");

        say(member, "我的申报");
        Row mine = lastTo(member);
        assertThat(mine.template()).isEqualTo("my-declarations");
        assertThat(mine.body()).contains("志愿服务参与情况", "已通过", "1 分");
    }

    @Test
    void staleDeclarationsAreRemindedAfterThreeWorkingDaysOfTheMainlandCalendar(
            @Autowired cn.jifending.declaration.DeclarationReminders reminders) {
        say(member, "申报 志愿服务 昨天 社区义诊", photo(JPEG));
        say(member, "确认");
        // Submitted Tuesday 2026-09-29: 9-30, then the National Day holiday (10-01..07), 10-08, 10-09 are
        // three working days; Saturday 10-10 is an adjusted working day (调休), the fourth.
        jdbc.sql("UPDATE declaration SET submitted_at = :at WHERE member_id = :m")
                .param("at", LocalDate.of(2026, 9, 29).atTime(9, 0)).param("m", memberId).update();
        reminders.remindStale(LocalDate.of(2026, 10, 9));
        assertThat(rows()).noneMatch(r -> "declaration-stale-reminder".equals(r.template())
                && r.recipients().contains(secretary));
        reminders.remindStale(LocalDate.of(2026, 10, 10));
        assertThat(lastTo(secretary).template()).isEqualTo("declaration-stale-reminder");
        assertThat(lastTo(secretary).body()).contains("志愿服务参与情况");
    }

    @Test
    void adjustedPointsMustLieBetweenZeroAndTheRoomLeft() {
        say(member, "申报 网格 昨天 入户走访", photo(JPEG));
        say(member, "确认");
        Row card = card();
        long id = declarationId(card.outTrackId());
        press(card.outTrackId(), secretary, "declaration.adjust", Map.of("points", "6"));
        assertThat(lastTo(secretary).template()).isEqualTo("decision-bad-points");
        assertThat(lastTo(secretary).body()).contains("0 到 5 分");
        say(secretary, "调整分值 " + id + " 很多");
        assertThat(lastTo(secretary).template()).isEqualTo("decision-bad-points");
        say(secretary, "调整分值 " + id + " 0.5");
        assertThat(featuredFacts()).containsExactly("0.5");
        assertThat(lastTo(member).body()).contains("0.5 分");
    }

    @Test
    void photosWithinTheWindowAttachAndAfterItTheDraftHasExpired() {
        say(member, "申报 志愿服务 昨天 义务献血", photo(JPEG));
        say(member, "", photo(PNG));
        assertThat(lastTo(member).template()).isEqualTo("declaration-evidence-added");
        assertThat(lastTo(member).body()).contains("2 份");
        say(member, "", new Attachment(Attachment.Kind.FILE, uploadRaw("不是图片".getBytes()), "说明.txt", false));
        assertThat(rows()).anySatisfy(r -> assertThat(r.template()).isEqualTo("evidence-unsupported-type"));

        jdbc.sql("UPDATE declaration_draft SET updated_at = :t WHERE user_id = :u")
                .param("t", LocalDateTime.now(clock).minusMinutes(11)).param("u", member).update();
        say(member, "", photo(JPEG));
        assertThat(lastTo(member).template()).isEqualTo("attachment-without-declaration");
        say(member, "确认");
        assertThat(lastTo(member).template()).isEqualTo("declaration-nothing-pending");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM declaration WHERE member_id = :m").param("m", memberId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPictureWithoutANameThatCannotBeFetchedIsNamedInWords() {
        say(member, "申报 志愿服务 昨天 义务献血", photo(JPEG));
        say(member, "", new Attachment(Attachment.Kind.PICTURE, "gone-" + UUID.randomUUID(), null, false));
        assertThat(failures()).singleElement().satisfies(body ->
                assertThat(body).contains("这张图片没有下载成功").doesNotContain("“-”", "-"));
        say(member, "", new Attachment(Attachment.Kind.FILE, "gone-" + UUID.randomUUID(), "会议记录.pdf", false));
        assertThat(failures()).last().asString().contains("“会议记录.pdf”没有下载成功");
    }

    @Autowired Decisions decisions;
    @Autowired DeclarationStore declarationStore;
    @Autowired cn.jifending.organization.MemberDirectory directory;
    @Autowired cn.jifending.notification.Outbox outbox;
    @Autowired cn.jifending.notification.MessageTemplates templates;

    @Test
    void aDecisionThatLosesTheRaceSaysWhoDecidedNotDashes() {
        say(member, "申报 志愿服务 昨天 社区义诊", photo(JPEG));
        say(member, "确认");
        Row card = card();
        Declaration stale = declarationStore.find(declarationId(card.outTrackId())).orElseThrow();
        press(card.outTrackId(), secretary, "declaration.approve", Map.of());
        var person = directory.findByUserId(secretary).orElseThrow();

        Decisions.Reply late = decisions.decide(stale, person, Decisions.Kind.APPROVE, null,
                cn.jifending.audit.Source.system("race-test"), outbox);

        assertThat(late.template()).isEqualTo("decision-already");
        assertThat(templates.message(late.template(), late.model())).contains("（已通过，处理人：" + person.name() + "）")
                .doesNotContain("（-", "：-）");
    }

    List<String> failures() {
        return rows().stream().filter(r -> "evidence-download-failed".equals(r.template())).map(Row::body).toList();
    }

    @Test
    void aDateInAClosedYearIsRefusedInWordsNotWithThisYearsRoom() {
        LocalDate lastYear = today.minusYears(1).withMonth(3).withDayOfMonth(1);
        say(member, "申报 志愿服务 " + lastYear + " 社区义诊", photo(JPEG));
        Row reply = lastTo(member);
        if (today.getMonthValue() > DateCheck.LAST_MONTH_FOR_LAST_YEAR) {
            assertThat(reply.template()).isEqualTo("declaration-date-closed-late");
            assertThat(reply.body()).contains(lastYear.getYear() + " 年", "申报已经结束").doesNotContain("还可得");
        } else {
            assertThat(reply.template()).isEqualTo("declaration-summary");
            assertThat(reply.body()).contains(lastYear.getYear() + " 年还可得").doesNotContain("今年");
        }
    }

    @Test
    void aMissingReasonIsAskedForInsteadOfAcceptedAsNone() {
        say(member, "申报 志愿服务 昨天", photo(JPEG));
        assertThat(lastTo(member).template()).isEqualTo("declaration-ask-description");
        say(member, "社区义诊");
        Row summary = lastTo(member);
        assertThat(summary.template()).isEqualTo("declaration-summary");
        assertThat(summary.body()).contains("事由：社区义诊").doesNotContain("（无）");
    }

    @Test
    void aCommandWhileTheReasonIsAskedForIsAnsweredAsACommandNotTakenAsTheReason() {
        say(member, "申报 志愿服务 昨天", photo(JPEG));
        assertThat(lastTo(member).template()).isEqualTo("declaration-ask-description");
        say(member, "我的积分");
        assertThat(lastTo(member).template()).isNotIn("declaration-summary", "declaration-ask-description");
        assertThat(lastTo(member).body()).doesNotContain("事由：我的积分");
        say(member, "社区义诊");
        assertThat(lastTo(member).template()).isEqualTo("declaration-summary");
        assertThat(lastTo(member).body()).contains("事由：社区义诊");
    }

    @Test
    void aReasonOverTheLimitIsRefusedWithTheLimitNeverCut() {
        say(member, "申报 志愿服务 昨天 " + "义".repeat(201), photo(JPEG));
        Row refused = lastTo(member);
        assertThat(refused.template()).isEqualTo("declaration-description-too-long");
        assertThat(refused.body()).contains("最多 200 字", "201 字");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM declaration_draft WHERE user_id = :u").param("u", member)
                .query(Long.class).single()).isZero();

        say(member, "申报 志愿服务 昨天", photo(JPEG));
        say(member, "义".repeat(250));
        assertThat(lastTo(member).template()).isEqualTo("declaration-description-too-long");
        say(member, "义".repeat(200));
        assertThat(lastTo(member).template()).isEqualTo("declaration-summary");
        assertThat(lastTo(member).body()).contains("义".repeat(200));
    }

    @Test
    void theUnknownItemReplyListsOnlyTheShortcutsHelpTeaches() {
        say(member, "帮助");
        String help = lastTo(member).body();
        say(member, "申报 植树 昨天 义务植树");
        Row reply = lastTo(member);
        assertThat(reply.template()).isEqualTo("declaration-unknown-item");
        assertThat(reply.body()).contains("志愿服务参与情况", "“志愿”").doesNotContain("公益", "扶贫");
        var shortcut = java.util.regex.Pattern.compile("可简写为“([^”]+)”").matcher(reply.body());
        int found = 0;
        while (shortcut.find()) {
            assertThat(help).contains("`" + shortcut.group(1) + "`");
            found++;
        }
        assertThat(found).isPositive();
    }

    @Test
    void aNewDeclarationWhileOneIsUnfinishedAsksWhichToKeepNeverDiscardingSilently() {
        say(member, "申报 志愿服务 昨天 社区义诊", photo(JPEG));
        assertThat(lastTo(member).template()).isEqualTo("declaration-summary");
        say(member, "申报 网格 前天 走访独居老人");
        Row ask = lastTo(member);
        assertThat(ask.template()).isEqualTo("declaration-keep-which");
        assertThat(ask.body()).contains("志愿服务参与情况", "社区义诊", "1 份", "走访独居老人", "`保留原申报`", "`改报新的`");
        say(member, "保留原申报");
        assertThat(lastTo(member).template()).isEqualTo("declaration-summary");
        assertThat(lastTo(member).body()).contains("社区义诊");
        say(member, "确认");
        assertThat(jdbc.sql("SELECT description FROM declaration WHERE member_id = :m").param("m", memberId)
                .query(String.class).list()).containsExactly("社区义诊");

        say(member, "申报 志愿服务 昨天");
        assertThat(lastTo(member).template()).isEqualTo("declaration-ask-description");
        say(member, "网格 前天 走访独居老人");
        assertThat(lastTo(member).template()).isEqualTo("declaration-keep-which");
        assertThat(lastTo(member).body()).contains("（未填）");
        say(member, "改报新的");
        assertThat(lastTo(member).template()).isEqualTo("declaration-ask-evidence");
        say(member, "", photo(PNG));
        assertThat(lastTo(member).body()).contains("走访独居老人", Texts.date(today.minusDays(2)));
        say(member, "确认");
        assertThat(jdbc.sql("SELECT description FROM declaration WHERE member_id = :m ORDER BY id")
                .param("m", memberId).query(String.class).list()).containsExactly("社区义诊", "走访独居老人");
    }

    // --- helpers ---

    Attachment photo(byte[] bytes) {
        return new Attachment(Attachment.Kind.PICTURE, uploadRaw(bytes), "photo.jpg", false);
    }

    String uploadRaw(byte[] bytes) {
        String code = "test-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO sandbox_file (code, file_name, content_type, content, created_at) "
                        + "VALUES (:c, 'photo', 'image/jpeg', :b, :at)")
                .param("c", code).param("b", bytes).param("at", LocalDateTime.now()).update();
        return code;
    }

    void say(String userId, String text, Attachment... attachments) {
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), userId, "", null, null, text,
                Arrays.asList(attachments), Instant.now()));
    }

    CardAction press(String track, String userId, String action, Map<String, String> params) {
        CardAction a = new CardAction(track, userId, action, params, Instant.now());
        gateway.onCardAction(a);
        return a;
    }

    List<String> featuredFacts() {
        return jdbc.sql("SELECT fact_value FROM ledger_fact WHERE member_id = :m AND kind = 'FEATURED' ORDER BY id")
                .param("m", memberId).query(String.class).list();
    }

    List<String> featuredFactsOf(String userId) {
        return jdbc.sql("SELECT f.fact_value FROM ledger_fact f JOIN declaration d ON d.fact_id = f.id "
                        + "WHERE d.user_id = :u ORDER BY f.id").param("u", userId).query(String.class).list();
    }

    long declarationId(String track) {
        return jdbc.sql("SELECT id FROM declaration WHERE out_track_id = :t").param("t", track).query(Long.class)
                .single();
    }

    List<Row> rows() {
        return jdbc.sql("SELECT * FROM outbox_message WHERE id > :id ORDER BY id").param("id", outboxBefore)
                .query((rs, n) -> new Row(rs.getString("recipients"), rs.getString("template"), rs.getString("kind"),
                        rs.getString("out_track_id"), rs.getString("body")))
                .list();
    }

    Row lastTo(String userId) {
        List<Row> mine = new ArrayList<>(rows().stream().filter(r -> r.recipients() != null
                && r.recipients().contains(userId) && !"CARD".equals(r.kind())).toList());
        assertThat(mine).as("messages to " + userId).isNotEmpty();
        return mine.get(mine.size() - 1);
    }

    Row card() {
        List<Row> cards = rows().stream().filter(r -> "CARD".equals(r.kind())).toList();
        assertThat(cards).isNotEmpty();
        return cards.get(cards.size() - 1);
    }
}
