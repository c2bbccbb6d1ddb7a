package cn.jifending.recording;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.bot.BotGateway;
import cn.jifending.evaluation.RoundFixture;
import cn.jifending.jobs.JobRuns;
import cn.jifending.jobs.ScheduledJob;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.NewFact;
import cn.jifending.audit.Source;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.organization.Role;
import cn.jifending.scoring.FactKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code recording-month-end-reminder}: on the 3rd-to-last working day, recorders hear what is unrecorded. */
@Import(MutableClock.Config.class)
class MonthEndReminderTests extends MariaDbTestBase {

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired Ledger ledger;
    @Autowired MutableClock clock;
    @Autowired List<ScheduledJob> jobs;
    @Autowired JobRuns runs;

    @Test
    void theRecorderHearsOnTheThirdToLastWorkingDayWhatIsStillMissingOnce() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        organization.grantRole(f.committee.id(), f.branch.id(), Role.RECORDER, OrgFixture.ADMIN);
        LocalDate april = LocalDate.of(2026, 4, 1);
        for (var k : List.of(new String[] {"XUEXI_MISSED_DAYS", "0"}, new String[] {"DAILY_QUESTION_POINTS", "30"},
                new String[] {"DUES", "ON_TIME"})) {
            ledger.record(NewFact.of(FactKind.valueOf(k[0]), f.branch.id(), f.member1.id(), null, april, k[1],
                    Source.system("test-" + UUID.randomUUID()), "test"));
        }
        // April 2026: the 30th (Thursday) is the last working day (May Day from the 1st), so the 28th is
        // the 3rd-to-last.
        clock.set(LocalDateTime.of(2026, 4, 27, 16, 0));
        long mark = f.mark();
        RoundFixture.runJob(jobs, runs, "recording-month-end-reminder", clock);
        assertThat(f.templatesTo(f.committee, mark)).isEmpty();
        assertThat(runs.hasRun("recording-month-end-reminder", "2026-04")).isFalse();

        clock.set(LocalDateTime.of(2026, 4, 28, 16, 0));
        RoundFixture.runJob(jobs, runs, "recording-month-end-reminder", clock);
        String body = f.last(f.committee, mark, "recording-month-end-reminder").body();
        assertThat(body).contains(f.branch.name(), "2026年4月", "2026年4月30日", "学习强国", "党费",
                f.member2.name(), f.secretary.name()).doesNotContain(f.member1.name());
        assertThat(f.templatesTo(f.secretary, mark)).doesNotContain("recording-month-end-reminder");

        long again = f.mark();
        clock.set(LocalDateTime.of(2026, 4, 28, 17, 0));
        RoundFixture.runJob(jobs, runs, "recording-month-end-reminder", clock);
        assertThat(f.templatesTo(f.committee, again)).isEmpty();
    }
}
