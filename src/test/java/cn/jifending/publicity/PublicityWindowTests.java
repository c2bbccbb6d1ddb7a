package cn.jifending.publicity;

import cn.jifending.calendar.PublicityWindow;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.bot.BotGateway;
import cn.jifending.evaluation.RoundFixture;
import cn.jifending.jobs.JobRuns;
import cn.jifending.jobs.ScheduledJob;
import cn.jifending.organization.Organization;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** 公示 windows on the 2026 calendar, driven through the module API and the bot's door. */
@Import(MutableClock.Config.class)
class PublicityWindowTests extends MariaDbTestBase {

    @Autowired Publicity publicity;
    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate tx;
    @Autowired List<ScheduledJob> jobs;
    @Autowired JobRuns runs;

    private <T> T inTx(java.util.function.Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

    @Test
    void aWindowOpenedOnTheFridayBeforeNationalDayClosesOnTheRightDay() throws Exception {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        clock.set(LocalDateTime.of(2026, 9, 25, 16, 0));
        PublicityWindow window = inTx(() -> publicity.open(new QuarterPublication(f.branch.id(), 2026, 3,
                LocalDate.of(2026, 9, 25), f.secretary.userId(),
                List.of(new QuarterPublication.Score(f.member1.id(), f.member1.name(), new BigDecimal("86.50"))), cn.jifending.audit.Source.system("test"))));
        // Mon 9-28, Tue 9-29, Wed 9-30, then the National Day holiday 10-1..10-7, Thu 10-8, Fri 10-9
        assertThat(window.firstDay()).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(inTx(() -> publicity.open(new QuarterPublication(f.branch.id(), 2026, 3,
                LocalDate.of(2026, 9, 30), f.secretary.userId(), List.of(), cn.jifending.audit.Source.system("test"))))).isEqualTo(window);

        long mark = f.mark();
        f.say(f.member1, "公示异议 分数不对");
        assertThat(f.last(f.member1, mark, "publicity-not-started").body()).contains("2026-09-28");

        clock.set(LocalDateTime.of(2026, 9, 28, 9, 0));
        inTx(() -> publicity.announceDue(cn.jifending.audit.Source.job("test", "today")));
        assertThat(f.last(f.member2, mark, "publicity-opened").body()).contains("- " + f.member1.name() + "：86.50").doesNotContain("|");
        byte[] xlsx = jdbc.sql("SELECT file_content FROM outbox_message WHERE id > ? AND kind = 'FILE' AND recipients LIKE ?"
                + " AND title LIKE '%.xlsx'").params(mark, "%" + f.member2.userId() + "%").query(byte[].class).single();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(f.member1.name());
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(86.5);
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
        }

        clock.set(LocalDateTime.of(2026, 10, 8, 10, 0));
        f.say(f.member2, "公示异议");
        assertThat(f.templatesTo(f.member2, mark)).endsWith("publicity-objection-needs-reason");
        f.say(f.member2, "公示异议 我三季度的特色分没有算上");
        assertThat(f.templatesTo(f.member2, mark)).endsWith("publicity-objection-received");
        assertThat(f.templatesTo(f.secretary, mark)).contains("publicity-objection");
        assertThat(f.templatesTo(f.committee, mark)).contains("publicity-objection");

        clock.set(LocalDateTime.of(2026, 10, 9, 17, 59, 59));
        inTx(() -> publicity.closeDue(cn.jifending.audit.Source.job("test", "today")));
        assertThat(closedMilestones(f)).isZero();
        f.say(f.member1, "公示异议 最后一刻的异议");
        assertThat(f.templatesTo(f.member1, mark)).endsWith("publicity-objection-received");

        clock.set(LocalDateTime.of(2026, 10, 9, 18, 0));
        f.say(f.member1, "公示异议 关闭后的异议");
        assertThat(f.last(f.member1, mark, "publicity-objection-too-late").body()).contains("2026-09-28", "2026-10-09 18:00");
        inTx(() -> publicity.closeDue(cn.jifending.audit.Source.job("test", "today")));
        String closing = f.last(f.member1, mark, "publicity-closed").body();
        assertThat(closing).contains("共收到异议 2 条", "我三季度的特色分没有算上", "考评小组尚未答复");
        inTx(() -> publicity.closeDue(cn.jifending.audit.Source.job("test", "today")));
        assertThat(closedMilestones(f)).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM publicity_objection o JOIN publicity_window w ON w.id = o.window_id WHERE w.branch_id = ?")
                .param(f.branch.id()).query(Long.class).single()).isEqualTo(2);
    }

    private long closedMilestones(RoundFixture f) {
        return jdbc.sql("SELECT COUNT(*) FROM publicity_milestone m JOIN publicity_window w ON w.id = m.window_id"
                + " WHERE w.branch_id = ? AND m.milestone = 'CLOSED'").param(f.branch.id()).query(Long.class).single();
    }

    @Test
    void onlyThePanelAnswersAnObjection() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        clock.set(LocalDateTime.of(2026, 7, 10, 10, 0));
        inTx(() -> publicity.open(new QuarterPublication(f.branch.id(), 2026, 2, LocalDate.of(2026, 7, 10),
                f.secretary.userId(), List.of(), cn.jifending.audit.Source.system("test"))));
        clock.set(LocalDateTime.of(2026, 7, 14, 10, 0));
        long mark = f.mark();
        f.say(f.member1, "公示异议 名单漏了人");
        RoundFixture.Sent card = f.last(f.committee, mark, "publicity-objection");
        String id = card.outTrackId().replace("publicity-objection-", "");
        f.press(f.member2, card.outTrackId(), "publicity-uphold", Map.of("objectionId", id));
        assertThat(f.templatesTo(f.member2, mark)).endsWith("refused");
        f.press(f.committee, card.outTrackId(), "publicity-correct", Map.of("objectionId", id, "note", "已补上"));
        assertThat(f.templatesTo(f.member1, mark)).contains("publicity-objection-corrected");
        f.press(f.secretary, card.outTrackId(), "publicity-uphold", Map.of("objectionId", id));
        assertThat(f.templatesTo(f.secretary, mark)).endsWith("publicity-answer-already");
    }

    @Test
    void aWindowClosedWithoutObjectionsSaysSoOnce() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        clock.set(LocalDateTime.of(2026, 4, 10, 10, 0));
        PublicityWindow window = inTx(() -> publicity.open(new QuarterPublication(f.branch.id(), 2026, 1,
                LocalDate.of(2026, 4, 10), f.secretary.userId(), List.of(), cn.jifending.audit.Source.system("test"))));
        long mark = f.mark();
        clock.set(window.lastDay().atTime(18, 0));
        inTx(() -> publicity.closeDue(cn.jifending.audit.Source.job("test", "today")));
        assertThat(f.last(f.member1, mark, "publicity-closed").body())
                .contains("公示期间未收到异议。").doesNotContain("共收到异议", "0 条");
    }

    @Test
    void anAnswerWithoutANoteSaysThatNoneWasGivenInsteadOfADash() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        clock.set(LocalDateTime.of(2026, 7, 10, 10, 0));
        inTx(() -> publicity.open(new QuarterPublication(f.branch.id(), 2026, 2, LocalDate.of(2026, 7, 10),
                f.secretary.userId(), List.of(), cn.jifending.audit.Source.system("test"))));
        clock.set(LocalDateTime.of(2026, 7, 14, 10, 0));
        long mark = f.mark();
        f.say(f.member1, "公示异议 名单漏了人");
        RoundFixture.Sent card = f.last(f.committee, mark, "publicity-objection");
        f.press(f.committee, card.outTrackId(), "publicity-uphold",
                Map.of("objectionId", card.outTrackId().replace("publicity-objection-", "")));
        assertThat(f.last(f.member1, mark, "publicity-objection-upheld").body())
                .contains("说明：未填写（" + f.committee.name() + "）").doesNotContain("：-");
        assertThat(jdbc.sql("SELECT body FROM outbox_message WHERE id > ? AND kind = 'CARD_UPDATE' AND out_track_id = ?")
                .params(mark, card.outTrackId()).query(String.class).single()).contains("已答复：（未填写说明）");
    }

    @Test
    void theCommitteeAdminsAreWarnedOnceWhenNextYearsCalendarIsMissing() {
        long mark = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
        clock.set(LocalDateTime.of(2026, 11, 2, 10, 0));
        RoundFixture.runJob(jobs, runs, "calendar-check", clock);
        clock.set(LocalDateTime.of(2026, 11, 3, 10, 0));
        RoundFixture.runJob(jobs, runs, "calendar-check", clock);
        List<String> bodies = jdbc.sql("SELECT body FROM outbox_message WHERE id > ? AND template = 'calendar-missing'"
                + " AND recipients LIKE '%demo-admin%'").param(mark).query(String.class).list();
        assertThat(bodies).singleElement().asString().contains("2027");
    }
}
