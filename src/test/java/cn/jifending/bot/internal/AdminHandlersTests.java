package cn.jifending.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import cn.jifending.MariaDbTestBase;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.InboundMessage;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.notification.Messenger;
import cn.jifending.organization.MemberDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The committee admin's roster import and the ledger export, through the bot's door on a real
 * database. Only file downloads are faked (DingTalk's side of the Messenger port).
 */
class AdminHandlersTests extends MariaDbTestBase {

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired MemberDirectory directory;
    @MockitoBean Messenger messenger;

    private long outboxBefore;

    @BeforeEach
    void markOutbox() {
        outboxBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    @Test
    void theAdminAsksThenSendsTheRosterFileAndItIsImported() throws Exception {
        String userId = "imported-" + UUID.randomUUID().toString().substring(0, 8);
        String branch = "导入测试支部-" + userId;
        byte[] csv = ("支部,党小组,姓名,userid,类别,入党/转入日期,角色\n"
                + branch + ",第一党小组,钱进," + userId + ",正式,2024-05-01,党员\n").getBytes(StandardCharsets.UTF_8);
        when(messenger.download("roster-ok")).thenReturn(csv);

        gateway.onMessage(text("demo-admin", "导入名单"));
        gateway.onMessage(file("demo-admin", "roster-ok", "名单.csv"));

        assertThat(templates()).containsExactly("roster-import-send-file", "roster-import-done");
        assertThat(lastBody()).contains("新增 1 人");
        assertThat(directory.findByUserId(userId)).hasValueSatisfying(p -> assertThat(p.branchName()).isEqualTo(branch));
    }

    @Test
    void aRosterWithABadRowImportsNobodyAndNamesTheRowAndColumn() throws Exception {
        String userId = "rejected-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] csv = ("支部,党小组,姓名,userid,类别,入党/转入日期,角色\n"
                + "第一党支部,第一党小组,甲," + userId + ",正式,2024-05-01,党员\n"
                + "第一党支部,第一党小组,乙," + userId + "-2,临时,2024-05-01,党员\n").getBytes(StandardCharsets.UTF_8);
        when(messenger.download("roster-bad")).thenReturn(csv);

        gateway.onMessage(text("demo-admin", "导入名单"));
        gateway.onMessage(file("demo-admin", "roster-bad", "名单.csv"));

        assertThat(templates()).containsExactly("roster-import-send-file", "roster-import-rejected");
        assertThat(lastBody()).contains("整份文件未导入")
                .endsWith("请修改后重新发送：\n\n- 第 3 行「类别」列：类别只能填“正式”或“预备”（临时）\n");
        assertThat(directory.findByUserId(userId)).isEmpty();
    }

    @Test
    void aRosterCsvWithAnUnclosedQuoteIsRefusedNamingItsLine() throws Exception {
        String userId = "quoted-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] csv = ("支部,党小组,姓名,userid,类别,入党/转入日期,角色\n"
                + "第一党支部,第一党小组,甲," + userId + ",正式,2024-05-01,党员\n"
                + "第一党支部,第一党小组,\"乙," + userId + "-2,正式,2024-05-01,党员\n").getBytes(StandardCharsets.UTF_8);
        when(messenger.download("roster-quote")).thenReturn(csv);

        gateway.onMessage(text("demo-admin", "导入名单"));
        gateway.onMessage(file("demo-admin", "roster-quote", "名单.csv"));

        assertThat(templates()).containsExactly("roster-import-send-file", "roster-import-rejected");
        assertThat(lastBody()).endsWith("- 第 3 行：引号没有闭合（或闭合引号后紧跟了其他字符），从这一行起无法读取\n");
        assertThat(directory.findByUserId(userId)).isEmpty();
    }

    @Test
    void onlyTheCommitteeAdminMayImportAndAFileWithoutTheRequestIsNotARoster() {
        gateway.onMessage(text("demo-secretary", "导入名单"));
        gateway.onMessage(text("demo-admin", "帮助"));
        gateway.onMessage(file("demo-admin", "whatever", "名单.csv"));

        assertThat(templates()).containsExactly("refused", "help", "attachment-without-declaration");
    }

    @Test
    void aSecretaryExportsTheirOwnBranchLedgerButNoOtherBranch() {
        gateway.onMessage(text("demo-secretary", "导出台账 2026"));
        gateway.onMessage(text("demo-secretary", "导出台账 第二党支部 2026"));
        gateway.onMessage(text("demo-member-1", "导出台账"));

        assertThat(templates()).containsExactly(null, "ledger-export-sent", "ledger-export-other-branch",
                "refused");
        String csv = jdbc.sql("SELECT file_content FROM outbox_message WHERE id > :before AND kind = 'FILE'")
                .param("before", outboxBefore)
                .query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.UTF_8)).single();
        assertThat(csv).startsWith("fact_id,kind,branch_id,member_id,member_name,item,occurred_on,ends_on,value,"
                + "corrects,recorded_by,recorded_at,source,reason").contains("李明");
        assertThat(lastBody("ledger-export-sent")).contains("“台账-第一党支部-2026.csv”");
    }

    private String lastBody(String template) {
        return jdbc.sql("SELECT body FROM outbox_message WHERE id > :before AND template = :t ORDER BY id DESC LIMIT 1")
                .param("before", outboxBefore).param("t", template).query(String.class).single();
    }

    @Test
    void theAdminExportsAnyBranchAndAnUnknownBranchListsTheBranches() {
        gateway.onMessage(text("demo-admin", "导出台账 第一党支部 2026年"));
        gateway.onMessage(text("demo-admin", "导出台账 第九党支部"));

        assertThat(templates()).containsExactly(null, "ledger-export-sent", "ledger-export-unknown-branch");
        assertThat(lastBody()).contains("第一党支部", "第二党支部");
    }

    @Test
    void theAdminWithoutABranchNameIsAskedToChooseABranchAndNothingIsExported() {
        gateway.onMessage(text("demo-admin", "导出台账"));
        gateway.onMessage(text("demo-admin", "导出台账 2026"));

        assertThat(templates()).containsExactly("ledger-export-choose-branch", "ledger-export-choose-branch");
        assertThat(lastBody()).contains("第一党支部", "第二党支部", "导出台账 第一党支部 2026")
                .doesNotContain("未指定", "{{");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE id > :before AND kind = 'FILE'")
                .param("before", outboxBefore).query(Long.class).single()).isZero();

        gateway.onMessage(text("demo-admin", "导出台账 第二党支部 2026"));
        assertThat(templates()).last().isEqualTo("ledger-export-sent");
        assertThat(lastBody()).contains("第二党支部 2026 年");
    }

    private List<String> templates() {
        return jdbc.sql("SELECT template FROM outbox_message WHERE id > :before ORDER BY id")
                .param("before", outboxBefore).query(String.class).list();
    }

    private String lastBody() {
        return jdbc.sql("SELECT body FROM outbox_message WHERE id > :before AND kind <> 'FILE' ORDER BY id DESC LIMIT 1")
                .param("before", outboxBefore).query(String.class).single();
    }

    private static InboundMessage text(String userId, String text) {
        return new InboundMessage(UUID.randomUUID().toString(), userId, "", InboundMessage.Conversation.ONE_TO_ONE,
                null, text, List.of(), Instant.now());
    }

    private static InboundMessage file(String userId, String code, String fileName) {
        return new InboundMessage(UUID.randomUUID().toString(), userId, "", InboundMessage.Conversation.ONE_TO_ONE,
                null, "", List.of(new Attachment(Attachment.Kind.FILE, code, fileName, false)), Instant.now());
    }
}
