package cn.jifending.declaration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.CardAction;
import cn.jifending.bot.InboundMessage;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.notification.TemplateModel;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.organization.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #15 defect 4: where a value is missing (no reason, no decider, no approver, a photo without a
 * name, a card without its item, a result not yet known), the member reads words for it, never a bare "-".
 */
class MissingValuesTests extends MariaDbTestBase {

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired MessageTemplates templates;
    @Autowired Clock clock;

    OrgFixture fixture;
    Branch branch;
    String secretary;
    String member;
    long outboxBefore;

    record Row(String recipients, String template, String kind, String outTrackId, String body) {
    }

    @BeforeEach
    void branch() {
        fixture = new OrgFixture(organization);
        branch = fixture.branch();
        LocalDate since = LocalDate.now(clock).minusYears(1).withDayOfYear(1);
        Member s = fixture.member(branch, since);
        organization.grantRole(s.id(), branch.id(), Role.SECRETARY, OrgFixture.ADMIN);
        secretary = s.userId();
        Member c = fixture.member(branch, since);
        organization.grantRole(c.id(), branch.id(), Role.BRANCH_COMMITTEE_MEMBER, OrgFixture.ADMIN);
        member = fixture.member(branch, since).userId();
        outboxBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    @Test
    void theApproversOfADeclarationAreListedByTheTemplate() {
        Branch noSecretary = fixture.branch();
        LocalDate since = LocalDate.now(clock).minusYears(1);
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Member c = fixture.member(noSecretary, since);
            organization.grantRole(c.id(), noSecretary.id(), Role.BRANCH_COMMITTEE_MEMBER, OrgFixture.ADMIN);
            names.add(c.name());
        }
        String declarer = fixture.member(noSecretary, since).userId();
        say(declarer, "申报 志愿服务 昨天 社区义诊", photo());
        say(declarer, "确认");
        assertThat(lastTo(declarer).body()).containsAnyOf("已送 " + names.get(0) + "、" + names.get(1) + " 审批",
                "已送 " + names.get(1) + "、" + names.get(0) + " 审批");
    }

    @Test
    void aPictureWithoutAFileNameIsStoredAsAnUnnamedPicture() {
        say(member, "申报 志愿服务 昨天 社区义诊",
                new Attachment(Attachment.Kind.PICTURE, upload(), null, false));
        List<String> names = jdbc.sql("SELECT file_name FROM evidence WHERE uploaded_by = :u").param("u", member)
                .query(String.class).list();
        assertThat(names).containsExactly("未命名图片");
    }

    @Test
    void theConfirmationCardOfAPressWithoutItsItemNamesNoItemInWords() {
        say(member, "申报 志愿服务 昨天 社区义诊", photo());
        Row confirm = card();
        String draft = jdbc.sql("SELECT source_msg_id FROM declaration_draft WHERE user_id = :u").param("u", member)
                .query(String.class).single();
        press(confirm.outTrackId(), member, "declaration.confirm", Map.of("draft", draft));
        Row done = rows().stream().filter(r -> "CARD_UPDATE".equals(r.kind())
                && confirm.outTrackId().equals(r.outTrackId())).reduce((a, b) -> b).orElseThrow();
        assertThat(done.body()).contains("申报：未注明项目").doesNotContain("申报：-");
    }

    @Test
    void aBranchItemCardAwaitingTheAdminSaysSoAsItsResult() {
        say(secretary, "自选项目 信息撰稿 每次2分 上限6分 需要材料");
        assertThat(lastTo(secretary).template()).isEqualTo("branch-item-proposed");
        assertThat(card().body()).contains("**结果**：待审批", "**支部**：" + branch.name())
                .doesNotContain("：-");
    }

    @Test
    void aDisputeCardAwaitingTheVotesSaysSoAsItsResult() {
        say(member, "申报 网格 昨天 走访独居老人", photo());
        say(member, "确认");
        Row card = card();
        press(card.outTrackId(), secretary, "declaration.reject", Map.of("reason", "没有走访记录表"));
        long id = jdbc.sql("SELECT id FROM declaration WHERE out_track_id = :t").param("t", card.outTrackId())
                .query(Long.class).single();
        say(member, "申诉 " + id + " 记录表在网格员处");
        assertThat(lastTo(member).template()).isEqualTo("dispute-opened");
        assertThat(lastTo(member).body()).containsPattern("支部委员会（[^，]+、[^，]+，共 2 人）");
        assertThat(card().body()).contains("**结果**：待评议", "**驳回理由**：没有走访记录表").doesNotContain("：-");
    }

    @Test
    void aRejectionWithoutAStoredReasonSaysNoReasonWasGiven() {
        say(member, "申报 网格 昨天 走访独居老人", photo());
        say(member, "确认");
        Row card = card();
        press(card.outTrackId(), secretary, "declaration.reject", Map.of("reason", "没有走访记录表"));
        // a declaration rejected before reasons were required (or by an import) has none
        jdbc.sql("UPDATE declaration SET reject_reason = NULL WHERE out_track_id = :t").param("t", card.outTrackId())
                .update();
        say(member, "我的申报");
        assertThat(lastTo(member).body()).contains("理由：未填写理由").doesNotContain("理由：-");
    }

    /** The values Java leaves empty when unknown, rendered the way the handlers pass them. */
    @Test
    void eachTemplateWordsAMissingValue() {
        Map<String, Object> card = new HashMap<>(Map.of("year", 2026, "points", "2", "cap", "6", "text", "需提供材料",
                "member", "张三", "item", "信息撰稿"));
        card.put("approver", null);
        card.put("status", null);
        assertThat(templates.message("branch-item-card", card)).contains("**支部**：未知支部", "**结果**：待审批");

        Map<String, Object> declaration = new HashMap<>(Map.of("member", "", "item", "志愿服务", "date", "2026年3月1日",
                "description", "义诊", "count", 1, "photos", "", "points", "1", "room", "4", "status", "待审批"));
        assertThat(templates.message("declaration-card", declaration)).contains("**申报人**：未知党员");

        assertThat(templates.message("declaration-outcome-rejected", Map.of("decider", "李书记", "reason", "")))
                .contains("理由：未填写理由");
        assertThat(templates.message("declaration-rejected", Map.of("id", 3, "item", "志愿服务", "date", "2026年3月1日",
                "decider", "", "reason", ""))).contains("被 审批人 驳回，理由：未填写理由");
        assertThat(templates.message("declaration-approved", Map.of("id", 3, "item", "志愿服务", "date", "2026年3月1日",
                "decider", "", "points", "1"))).contains("已由 审批人 审核通过");
        assertThat(templates.message("declaration-date-inactive", Map.of("date", "2026年3月1日", "since", "")))
                .contains("未查到您在本支部的记分起始日期").doesNotContain("从  开始");
        assertThat(templates.message("my-score", Map.ofEntries(Map.entry("name", "张三"), Map.entry("year", 2026),
                Map.entry("composite", "80"), Map.entry("base", "80"), Map.entry("featured", "0"),
                Map.entry("review", "0"), Map.entry("month", 12), Map.entry("lines", ""), Map.entry("provisional", ""),
                Map.entry("pageLink", "/h5/me"), Map.entry("reviewPending", false),
                Map.entry("nothingRecorded", false), Map.entry("thisYear", true))))
                .contains("**12 月基础分**\n本月还没有计分记录").doesNotContain("\n\n\n");
        assertThat(templates.message("declaration-submitted", Map.of("id", 3, "item", "志愿服务",
                "approver", TemplateModel.list(List.of())))).contains("已送 支部审批人（待定） 审批");
        assertThat(templates.message("dispute-opened", Map.of("id", 3, "approver", TemplateModel.list(List.of()),
                "count", 0))).contains("（暂无评议人，共 0 人）");
    }

    // --- helpers ---

    Attachment photo() {
        return new Attachment(Attachment.Kind.PICTURE, upload(), "photo.jpg", false);
    }

    String upload() {
        String code = "test-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO sandbox_file (code, file_name, content_type, content, created_at) "
                        + "VALUES (:c, 'photo', 'image/jpeg', :b, :at)")
                .param("c", code).param("b", DeclarationJourneyTests.JPEG).param("at", LocalDateTime.now()).update();
        return code;
    }

    void say(String userId, String text, Attachment... attachments) {
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), userId, "", null, null, text,
                Arrays.asList(attachments), Instant.now()));
    }

    void press(String track, String userId, String action, Map<String, String> params) {
        gateway.onCardAction(new CardAction(track, userId, action, params, Instant.now()));
    }

    List<Row> rows() {
        return jdbc.sql("SELECT * FROM outbox_message WHERE id > :id ORDER BY id").param("id", outboxBefore)
                .query((rs, n) -> new Row(rs.getString("recipients"), rs.getString("template"), rs.getString("kind"),
                        rs.getString("out_track_id"), rs.getString("body")))
                .list();
    }

    Row lastTo(String userId) {
        List<Row> mine = rows().stream().filter(r -> r.recipients() != null && r.recipients().contains(userId)
                && !"CARD".equals(r.kind())).toList();
        assertThat(mine).as("messages to " + userId).isNotEmpty();
        return mine.get(mine.size() - 1);
    }

    Row card() {
        List<Row> cards = rows().stream().filter(r -> "CARD".equals(r.kind())).toList();
        assertThat(cards).isNotEmpty();
        return cards.get(cards.size() - 1);
    }
}
