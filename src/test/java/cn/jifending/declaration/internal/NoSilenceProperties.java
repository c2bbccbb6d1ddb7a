package cn.jifending.declaration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.InboundMessage;
import cn.jifending.organization.Branch;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.organization.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;

/**
 * Whatever a member or a secretary types, the bot answers (at least one message to them) and never
 * fails: no input makes a handler throw. Runs on the shared test application context.
 */
class NoSilenceProperties {

    /** Borrows the cached Spring test context that every {@link MariaDbTestBase} shares. */
    static class Host extends MariaDbTestBase {
    }

    static BotGateway gateway;
    static JdbcClient jdbc;
    static String member;
    static String secretary;

    @BeforeContainer
    static void context() throws Exception {
        ApplicationContext ctx = new TestContextManager(Host.class).getTestContext().getApplicationContext();
        gateway = ctx.getBean(BotGateway.class);
        jdbc = ctx.getBean(JdbcClient.class);
        Organization organization = ctx.getBean(Organization.class);
        OrgFixture fixture = new OrgFixture(organization);
        Branch branch = fixture.branch();
        LocalDate since = LocalDate.now().minusYears(1).withDayOfYear(1);
        member = fixture.member(branch, since).userId();
        var sec = fixture.member(branch, since);
        organization.grantRole(sec.id(), branch.id(), Role.SECRETARY, OrgFixture.ADMIN);
        secretary = sec.userId();
    }

    @Property(tries = 150)
    void everyMessageGetsAnAnswerAndNothingFails(@ForAll("messages") String text, @ForAll boolean fromSecretary) {
        String user = fromSecretary ? secretary : member;
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();

        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), user, "", null, null, text, List.of(),
                Instant.now()));

        List<String> templates = jdbc.sql("SELECT template FROM outbox_message WHERE id > :id AND recipients LIKE :u")
                .param("id", before).param("u", "%" + user + "%").query(String.class).list();
        assertThat(templates).as("replies to \"%s\"", text).isNotEmpty().doesNotContain("handling-failed");
    }

    @Provide
    Arbitrary<String> messages() {
        Arbitrary<String> words = Arbitraries.of("申报", "我要申报", "志愿服务", "志愿", "网格", "走访", "扶贫", "信息撰稿",
                "昨天", "前天", "上周五", "周日", "11月20日", "2月30日", "13月1日", "2026-11-20", "9999-99-99", "11.20",
                "0.0", "确认", "取消", "好", "我的积分", "积分", "积分明细", "10月", "13月", "我的申报", "申诉", "驳回",
                "通过", "调整分值", "自选项目", "每次2分", "上限6分", "每次0分", "上限99分", "需要材料", "无需材料", "帮助",
                "1", "12", "-3", "99999999999999999999", "社区义诊", "，", "。", "：", "　", "#", "号", "'", "\"",
                "%", "\\", "null", "<b>", "{{name}}");
        Arbitrary<String> phrases = words.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(" ", l));
        Arbitrary<String> glued = words.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
        return Arbitraries.oneOf(phrases, glued, Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange('一', '龥').ofMaxLength(12));
    }
}
