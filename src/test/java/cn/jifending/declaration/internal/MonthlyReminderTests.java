package cn.jifending.declaration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.InboundMessage;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.evaluation.RoundFixture;
import cn.jifending.jobs.JobRuns;
import cn.jifending.jobs.ScheduledJob;
import cn.jifending.organization.Member;
import cn.jifending.organization.Organization;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code declaration-monthly-reminder}: members who declared nothing this month hear once a month. */
@Import(MutableClock.Config.class)
class MonthlyReminderTests extends MariaDbTestBase {

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired MutableClock clock;
    @Autowired List<ScheduledJob> jobs;
    @Autowired JobRuns runs;

    @Test
    void membersWhoDeclaredNothingThisMonthAreRemindedOnce() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        // a declaration submitted in February does not count for March
        clock.set(LocalDateTime.of(2026, 2, 25, 10, 0));
        declare(f.member2, "申报 志愿服务 昨天 社区义诊");
        clock.set(LocalDateTime.of(2026, 3, 18, 10, 0));
        declare(f.member1, "申报 志愿服务 昨天 敬老院陪护");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM declaration WHERE member_id IN (:a, :b)")
                .param("a", f.member1.id()).param("b", f.member2.id()).query(Long.class).single()).isEqualTo(2);

        clock.set(LocalDateTime.of(2026, 3, 20, 9, 0));
        long mark = f.mark();
        RoundFixture.runJob(jobs, runs, "declaration-monthly-reminder", clock);
        for (Member m : List.of(f.secretary, f.committee, f.member2)) {
            assertThat(f.last(m, mark, "declaration-monthly-reminder").body()).contains("2026年3月", "申报");
        }
        assertThat(f.templatesTo(f.member1, mark)).doesNotContain("declaration-monthly-reminder");

        long again = f.mark();
        RoundFixture.runJob(jobs, runs, "declaration-monthly-reminder", clock);
        assertThat(f.templatesTo(f.member2, again)).isEmpty();
        assertThat(runs.hasRun("declaration-monthly-reminder", "2026-03")).isTrue();
    }

    private void declare(Member who, String text) {
        String code = "test-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO sandbox_file (code, file_name, content_type, content, created_at) "
                        + "VALUES (:c, 'photo', 'image/jpeg', :b, :at)")
                .param("c", code).param("b", DeclarationJourneyTests.JPEG).param("at", LocalDateTime.now(clock)).update();
        send(who, text, List.of(new Attachment(Attachment.Kind.PICTURE, code, "photo.jpg", false)));
        send(who, "确认", List.of());
    }

    private void send(Member who, String text, List<Attachment> attachments) {
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), who.userId(), who.name(),
                InboundMessage.Conversation.ONE_TO_ONE, null, text, attachments, Instant.now(clock)));
    }
}
