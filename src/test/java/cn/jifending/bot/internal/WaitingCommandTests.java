package cn.jifending.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.InboundMessage;
import cn.jifending.bot.InboundMessage.Attachment;
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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code 待审批} through the bot's door on the real database: the secretary's declarations oldest
 * first with the command that decides each, and the committee admin's branch items and spot checks.
 */
class WaitingCommandTests extends MariaDbTestBase {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired Clock clock;

    Branch branch;
    String secretary;
    String admin;
    Member first;
    Member second;
    long outboxBefore;

    @BeforeEach
    void branch() {
        OrgFixture fixture = new OrgFixture(organization);
        LocalDate since = LocalDate.now(clock).minusYears(1).withDayOfYear(1);
        branch = fixture.branch();
        Member s = fixture.member(branch, since);
        organization.grantRole(s.id(), branch.id(), Role.SECRETARY, OrgFixture.ADMIN);
        secretary = s.userId();
        Member a = fixture.member(branch, since);
        organization.grantRole(a.id(), null, Role.COMMITTEE_ADMIN, OrgFixture.ADMIN);
        admin = a.userId();
        first = fixture.member(branch, since);
        second = fixture.member(branch, since);
        outboxBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    @Test
    void theSecretarySeesTheDeclarationsOldestFirstEachWithItsCommand() {
        say(secretary, "待审批");
        assertThat(lastTo(secretary)).contains("没有等您处理的事项");

        long older = declare(first, "社区义诊");
        long newer = declare(second, "敬老院陪护");
        say(secretary, "待审批");
        String list = lastTo(secretary);
        assertThat(list).contains("共 2 项", "1. " + older + "号申报：" + name(first), "2. " + newer + "号申报：" + name(second),
                "`通过 " + older + "` 或 `驳回 " + older + " 理由`", "社区义诊", "志愿服务参与情况");
        assertThat(list.indexOf("社区义诊")).isLessThan(list.indexOf("敬老院陪护"));
        assertThat(list).doesNotContain("VOLUNTEER", "|---|", "-号");

        say(secretary, "通过 " + older);
        say(secretary, "待审批");
        assertThat(lastTo(secretary)).contains("共 1 项", "1. " + newer + "号申报").doesNotContain(older + "号申报");
        // a member has nothing to decide
        say(first.userId(), "待审批");
        assertThat(lastTo(first.userId())).contains("没有等您处理的事项");
    }

    @Test
    void theCommitteeAdminSeesBranchItemsAndSpotChecksAndDecidesThemByText() {
        say(secretary, "自选项目 信息撰稿 每次2分 上限6分 需要材料");
        long itemId = jdbc.sql("SELECT id FROM branch_item WHERE branch_id = :b").param("b", branch.id())
                .query(Long.class).single();
        declare(first, "社区义诊");
        say(secretary, "通过 " + jdbc.sql("SELECT MAX(id) FROM declaration WHERE member_id = :m")
                .param("m", first.id()).query(Long.class).single());
        pauseToTheNextSecond(); // a draw counts facts recorded before its (whole-second) time
        say(admin, "抽查 1 7");
        long spotItem = jdbc.sql("SELECT MAX(id) FROM spot_check_item").query(Long.class).single();

        say(admin, "待审批");
        String list = lastTo(admin);
        assertThat(list).contains("的自选项目“信息撰稿”", "`批准项目 " + itemId + "` 或 `不批准项目 " + itemId + "`",
                "`抽查 #" + spotItem + " 合格` 或 `抽查 #" + spotItem + " 有问题 说明`");
        assertThat(list.indexOf("信息撰稿")).isLessThan(list.indexOf("抽查第" + spotItem + "项"));

        say(admin, "批准项目 " + itemId);
        assertThat(jdbc.sql("SELECT status FROM branch_item WHERE id = :id").param("id", itemId).query(String.class)
                .single()).isEqualTo("APPROVED");
        say(admin, "抽查 #" + spotItem + " 合格");
        say(admin, "待审批");
        assertThat(lastTo(admin)).doesNotContain("“信息撰稿”", "抽查第" + spotItem + "项");
        say(admin, "批准项目 几号");
        assertThat(lastTo(admin)).contains("`批准项目 3`");
    }

    static void pauseToTheNextSecond() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long declare(Member m, String what) {
        say(m.userId(), "申报 志愿服务 昨天 " + what, new Attachment(Attachment.Kind.PICTURE, upload(), "p.jpg", false));
        say(m.userId(), "确认");
        return jdbc.sql("SELECT MAX(id) FROM declaration WHERE member_id = :m").param("m", m.id())
                .query(Long.class).single();
    }

    static String name(Member m) {
        return m.name();
    }

    String upload() {
        String code = "test-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO sandbox_file (code, file_name, content_type, content, created_at) "
                        + "VALUES (:c, 'photo', 'image/jpeg', :b, :at)")
                .param("c", code).param("b", JPEG).param("at", LocalDateTime.now()).update();
        return code;
    }

    void say(String userId, String text, Attachment... attachments) {
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), userId, "", null, null, text,
                Arrays.asList(attachments), Instant.now()));
    }

    String lastTo(String userId) {
        List<String> mine = new ArrayList<>(jdbc.sql("SELECT recipients, kind, body FROM outbox_message WHERE id > :id "
                        + "ORDER BY id").param("id", outboxBefore)
                .query((rs, n) -> rs.getString("recipients") != null && rs.getString("recipients").contains(userId)
                        && !"CARD".equals(rs.getString("kind")) ? rs.getString("body") : null)
                .list().stream().filter(b -> b != null).toList());
        assertThat(mine).as("messages to " + userId).isNotEmpty();
        return mine.get(mine.size() - 1);
    }
}
