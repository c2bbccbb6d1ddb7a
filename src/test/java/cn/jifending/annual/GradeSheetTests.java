package cn.jifending.annual;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.InboundMessage;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.organization.Role;
import cn.jifending.recording.TestFiles;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Review grades from a sheet: all or nothing, with row and column errors; the blank template. */
@Import(TestFiles.Config.class)
class GradeSheetTests extends MariaDbTestBase {

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired TestFiles files;

    @Test
    void aGradesSheetIsTakenWholeOrNotAtAll() {
        OrgFixture org = new OrgFixture(organization);
        LocalDate since = LocalDate.of(2026, 1, 1);
        Branch branch = org.branch();
        Member secretary = org.member(branch, since);
        Member m1 = org.member(branch, since);
        Member p = org.probationary(branch, since);
        organization.grantRole(secretary.id(), branch.id(), Role.SECRETARY, OrgFixture.ADMIN);

        long mark = mark();
        send(secretary, "\uFEFF年度,2026,\n姓名,userid,评议等次\n" + secretary.name() + ",," + "优秀\n"
                + "张无名,,合格\n" + m1.name() + "," + m1.userId() + ",很好\n");
        String rejected = body(secretary, mark, "annual-review-rejected");
        assertThat(rejected).contains("第 4 行“姓名”", "张无名", "第 5 行“评议等次”", "很好");
        assertThat(reviewFacts(branch)).isZero();

        send(secretary, "年度,2026,\n姓名,userid,评议等次\n" + secretary.name() + ",,优秀\n" + m1.name() + ","
                + m1.userId() + ",合格\n" + p.name() + ",,基本合格\n");
        assertThat(body(secretary, mark, "annual-review-recorded")).contains("3 人", "尚未录入：无");
        assertThat(reviewFacts(branch)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT fact_value FROM ledger_fact WHERE kind = 'REVIEW' AND member_id = ?").param(p.id())
                .query(String.class).single()).isEqualTo("BASIC");

        mark = mark();
        say(secretary, "评议模板");
        assertThat(jdbc.sql("SELECT title FROM outbox_message WHERE id > ? AND kind = 'FILE' AND recipients LIKE ?")
                .params(mark, "%" + secretary.userId() + "%").query(String.class).single()).isEqualTo("评议模板.csv");
        mark = mark();
        say(m1, "评议 2026 @" + m1.name() + " 优秀");
        assertThat(body(m1, mark, "refused")).contains(m1.name(), "评议", "本支部书记");
    }

    private void send(Member who, String csv) {
        var a = new InboundMessage.Attachment(InboundMessage.Attachment.Kind.FILE,
                files.put(csv.getBytes(StandardCharsets.UTF_8)), "评议.csv", false);
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), who.userId(), who.name(),
                InboundMessage.Conversation.ONE_TO_ONE, null, "", List.of(a), Instant.now()));
    }

    private void say(Member who, String text) {
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), who.userId(), who.name(),
                InboundMessage.Conversation.ONE_TO_ONE, null, text, List.of(), Instant.now()));
    }

    private long reviewFacts(Branch branch) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_fact WHERE branch_id = ? AND kind = 'REVIEW'").param(branch.id())
                .query(Long.class).single();
    }

    private long mark() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    private String body(Member who, long mark, String template) {
        List<String> bodies = jdbc.sql("SELECT body FROM outbox_message WHERE id > ? AND template = ? AND recipients LIKE ? ORDER BY id")
                .params(mark, template, "%" + who.userId() + "%").query(String.class).list();
        assertThat(bodies).as(template + " to " + who.name()).isNotEmpty();
        return bodies.get(bodies.size() - 1);
    }
}
