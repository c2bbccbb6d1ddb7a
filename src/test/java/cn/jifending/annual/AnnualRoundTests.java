package cn.jifending.annual;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.CardAction;
import cn.jifending.bot.InboundMessage;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.jobs.JobContext;
import cn.jifending.jobs.JobRuns;
import cn.jifending.jobs.ScheduledJob;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.NewFact;
import cn.jifending.ledger.PeriodLocks;
import cn.jifending.ledger.Scores;
import cn.jifending.audit.Source;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.organization.Role;
import cn.jifending.report.AnnualReports;
import cn.jifending.scoring.FactKind;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small whole year for a branch of six (secretary, committee member, two formal members, two
 * probationary members): facts through the ledger, review grades by chat, the branch committee's
 * and the 机关党委's audits on cards, the annual 公示, feedback, talks, eligibility, oversight and
 * reports, on a real database with the clock set by hand.
 */
@Import(MutableClock.Config.class)
class AnnualRoundTests extends MariaDbTestBase {

    static final String ADMIN = "demo-admin";

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired Ledger ledger;
    @Autowired PeriodLocks locks;
    @Autowired Scores scores;
    @Autowired Evaluation evaluation;
    @Autowired AnnualResults results;
    @Autowired AwardsEligibility eligibility;
    @Autowired AnnualReports reports;
    @Autowired MutableClock clock;
    @Autowired List<ScheduledJob> jobs;
    @Autowired JobRuns runs;

    /** One line of the hand-computed table. */
    record Expected(Member member, String composite, String tier, String warning) {
    }

    @Test
    void aWholeYearFromFactsToTheAnnualPublicityAndWhatFollows() throws Exception {
        clock.set(LocalDateTime.of(2027, 1, 5, 9, 0));
        OrgFixture org = new OrgFixture(organization);
        LocalDate since = LocalDate.of(2026, 1, 1);
        Branch branch = org.branch();
        Member a = org.member(branch, since);          // secretary
        Member b = org.member(branch, since);          // committee member
        Member c = org.member(branch, since);
        Member d = org.member(branch, LocalDate.of(2025, 1, 1));
        Member p = org.probationary(branch, since);
        Member q = org.probationary(branch, since);
        long mark;
        organization.grantRole(a.id(), branch.id(), Role.SECRETARY, OrgFixture.ADMIN);
        organization.grantRole(b.id(), branch.id(), Role.BRANCH_COMMITTEE_MEMBER, OrgFixture.ADMIN);

        // the year's facts (Q1–Q4): a month with nothing recorded is a full 70; xuexi missed days lower it
        for (int month = 1; month <= 12; month++) {
            xuexi(branch, a, c, 2026, month, "10");       // 30*5/10 + 30 + 10 = 55
            xuexi(branch, a, d, 2026, month, "20");       // 0 + 30 + 10 = 40
            xuexi(branch, a, d, 2025, month, "20");       // last year red too
            xuexi(branch, a, p, 2026, month, "10");       // 55
            xuexi(branch, a, q, 2026, month, "20");       // 40
        }
        fact(branch, a, a, FactKind.FEATURED, "grid_work", LocalDate.of(2026, 3, 2), "5");
        fact(branch, a, a, FactKind.FEATURED, "volunteer_service", LocalDate.of(2026, 9, 6), "5");
        // Q1 was snapshot by its round; C's volunteer service of February is recorded after it
        assertThat(evaluation.open(branch.id(), 2026, 1, a.userId(), cn.jifending.audit.Source.system("test")).status().name()).isIn("OPENED", "ALREADY_OPEN");
        // C's volunteer service of February, declared through the bot after the Q1 snapshot: 5 points approved
        mark = mark();
        say(c, "申报 志愿服务 2026年2月10日 社区义诊志愿服务", photo());
        assertThat(templates(c.userId(), mark)).contains("declaration-summary");
        say(c, "确认");
        assertThat(templates(c.userId(), mark)).contains("declaration-submitted");
        Sent approval = last(a.userId(), mark, "declaration-approval");
        press(a.userId(), approval.outTrackId(), "declaration.adjust", Map.of("points", "5"));
        assertThat(jdbc.sql("SELECT fact_value FROM ledger_fact WHERE member_id = ? AND kind = 'FEATURED'").param(c.id())
                .query(String.class).single()).isIn("5", "5.0", "5.00");
        // one 党小组会 a quarter recorded through the bot, everyone present (full marks: the table is unchanged)
        String everyone = List.of(a, b, c, d, p, q).stream().map(m -> "@" + m.name())
                .reduce((x, y) -> x + " " + y).orElseThrow();
        for (String day : List.of("2026年3月10日", "2026年6月9日", "2026年9月8日", "2026年12月8日")) {
            mark = mark();
            say(a, "记录 党小组会 " + day + " 出席 " + everyone);
            assertThat(templates(a.userId(), mark)).contains("meeting-recorded");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_fact WHERE branch_id = ? AND kind = 'ATTENDANCE' AND fact_value = 'PRESENT'")
                .param(branch.id()).query(Long.class).single()).isEqualTo(24);

        // the quarters are signed off (locked) before the review; grades dated Jan 1 still go in
        for (int quarter = 1; quarter <= 4; quarter++) {
            locks.lock(branch.id(), 2026, quarter, a.userId(), cn.jifending.audit.Source.system("test"));
        }

        // January: secretaries are reminded to enter the grades (once)
        mark = mark();
        runJob("annual-round-reminder");
        runJob("annual-round-reminder");
        assertThat(templates(a.userId(), mark)).containsOnlyOnce("annual-round-reminder");

        // review grades by chat: all or nothing, then a change of mind is a correction
        mark = mark();
        say(a, "评议 2026 @nobody 优秀 @" + b.name() + " 合格");
        assertThat(templates(a.userId(), mark)).containsExactly("annual-review-rejected");
        assertThat(reviewFacts(b)).isZero();
        say(a, "评议 2026 @" + a.name() + " 优秀 @" + b.name() + " 优秀 @" + c.name() + " 合格");
        assertThat(body(a.userId(), mark, "annual-review-recorded")).contains("尚未录入", d.name(), p.name());
        mark = mark();
        say(a, "年度审核 2026");
        assertThat(body(a.userId(), mark, "annual-audit-missing-grades")).contains(d.name(), p.name(), q.name());
        say(a, "评议 2026 @" + b.name() + " 合格 @" + d.name() + " 基本合格 @" + p.name() + " 合格 @" + q.name() + " 基本合格");
        assertThat(body(a.userId(), mark, "annual-review-recorded")).contains("尚未录入：无");
        assertThat(reviewFacts(b)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_fact WHERE member_id = ? AND kind = 'REVIEW' AND corrects IS NOT NULL")
                .param(b.id()).query(Long.class).single()).isOne();

        // the branch committee's review card, C's correction since Q1 highlighted
        mark = mark();
        say(a, "年度审核 2026");
        assertThat(templates(a.userId(), mark)).contains("annual-audit-opened");
        Sent card = last(b.userId(), mark, "annual-branch-review");
        assertThat(card.body()).contains("- " + c.name() + " ⚠季度后有更正：基础分 ", "90.00",
                "季度考评后有更正：" + c.name() + "\\n", "已通过：无").doesNotContain("|");
        long roundId = jdbc.sql("SELECT id FROM annual_round WHERE branch_id = ?").param(branch.id()).query(Long.class).single();

        press(a.userId(), card.outTrackId(), "annual-branch-sign", Map.of("roundId", "" + roundId));
        assertThat(templates(a.userId(), mark)).contains("annual-sign-recorded");
        press(c.userId(), card.outTrackId(), "annual-branch-sign", Map.of("roundId", "" + roundId));
        assertThat(templates(c.userId(), mark)).contains("refused");
        press(b.userId(), card.outTrackId(), "annual-branch-sign", Map.of("roundId", "" + roundId));
        assertThat(templates(b.userId(), mark)).contains("annual-sign-complete");
        Sent audit = last(ADMIN, mark, "annual-committee-audit");
        assertThat(audit.body()).contains("- " + branch.name() + "：待机关党委审核 · ").doesNotContain("|");

        // oversight before the approval
        mark = mark();
        sayAs(ADMIN, "全局进度 2026");
        assertThat(body(ADMIN, mark, "annual-progress")).doesNotContain("|")
                .contains("- " + branch.name() + "：一季度考评中 · 二季度未开始 · 三季度未开始 · 四季度未开始 · 年度待机关党委审核");

        // the 机关党委's approval: frozen, 公示, feedback, talks, eligibility, flag
        mark = mark();
        press(a.userId(), audit.outTrackId(), "annual-approve", Map.of("year", "2026"));
        assertThat(templates(a.userId(), mark)).contains("refused");
        press(ADMIN, audit.outTrackId(), "annual-approve", Map.of("year", "2026"));
        assertThat(body(ADMIN, mark, "annual-approved")).contains(branch.name());
        assertThat(jdbc.sql("SELECT template FROM outbox_message WHERE id > ? AND kind = 'CARD_UPDATE' AND out_track_id = ?")
                .params(mark, audit.outTrackId()).query(String.class).list()).containsExactly("annual-committee-audited");
        assertThat(jdbc.sql("SELECT template FROM outbox_message WHERE id > ? AND kind = 'CARD_UPDATE' AND out_track_id = ?")
                .params(mark, card.outTrackId()).query(String.class).list()).containsExactly("annual-branch-approved");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM annual_snapshot WHERE round_id = ?").param(roundId)
                .query(Long.class).single()).isEqualTo(6);
        assertThat(results.isFrozen(branch.id(), 2026)).isTrue();
        assertThat(jdbc.sql("SELECT first_day FROM publicity_window WHERE branch_id = ? AND pub_year = 2026 AND quarter = 0")
                .param(branch.id()).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2027, 1, 6));
        // opened by publicity on the approval's event, whose publication the registry then marks completed
        assertThat(jdbc.sql("SELECT completion_date IS NOT NULL FROM EVENT_PUBLICATION WHERE event_type = ? "
                        + "AND serialized_event LIKE ?").param(AnnualRoundApproved.class.getName())
                .param("%\"branchId\":" + branch.id() + ",%").query(Boolean.class).list()).containsExactly(true);
        assertThat(body(c.userId(), mark, "annual-result")).contains("年度综合得分：67.00", "黄色预警", "2027-01-06");
        assertThat(body(ADMIN, mark, "annual-flagged")).contains(d.name());
        assertThat(body(a.userId(), mark, "annual-talk-tasks")).contains(c.name(), d.name(), p.name(), q.name())
                .doesNotContain(b.name());

        List<Expected> table = List.of(
                new Expected(a, "90.00", "PRIORITY", null),          // 70 + 10 + 10
                new Expected(b, "77.00", "INCENTIVE", null),         // 70 + 0 + 7
                new Expected(c, "67.00", "YELLOW", "YELLOW"),        // 55 + 5 + 7
                new Expected(d, "45.00", "RED", "RED_TWO_YEARS"),    // 40 + 0 + 5, 2025 was 40
                new Expected(p, "62.00", "TALK", "TALK"),            // probationary 55 + 0 + 7
                new Expected(q, "45.00", "EXTEND_PROBATION", "EXTEND_PROBATION")); // probationary 40 + 0 + 5
        List<AnnualLine> lines = results.linesOf(branch.id(), 2026);
        assertThat(lines).hasSize(6);
        for (Expected e : table) {
            AnnualLine l = lines.stream().filter(x -> x.memberId() == e.member().id()).findFirst().orElseThrow();
            assertThat(l.composite()).as(l.name()).isEqualByComparingTo(e.composite());
            assertThat(l.tier()).as(l.name()).isEqualTo(e.tier());
            assertThat(l.warning()).as(l.name()).isEqualTo(Optional.ofNullable(e.warning()));
        }
        assertThat(lines.stream().filter(AnnualLine::flagged).map(AnnualLine::memberId)).containsExactly(d.id());
        assertThat(eligibility.isEligible(d.id(), 2026)).isFalse();
        assertThat(eligibility.isEligible(c.id(), 2026)).isTrue();
        assertThat(eligibility.isEligible(a.id(), 2026)).isTrue();

        // the 公示 is announced by the publicity job on its first working day
        clock.set(LocalDateTime.of(2027, 1, 6, 9, 0));
        mark = mark();
        runJob("publicity-opening");
        assertThat(body(c.userId(), mark, "publicity-opened")).contains("2026 年度积分公示", "年度综合得分", "- " + c.name() + "：67.00").doesNotContain("|");

        // after the approval the year cannot be reopened
        mark = mark();
        say(a, "年度审核 2026");
        assertThat(templates(a.userId(), mark)).containsExactly("annual-audit-already-approved");

        // the annual 公示 closes at the end of its fifth working day
        LocalDate lastDay = jdbc.sql("SELECT last_day FROM publicity_window WHERE branch_id = ? AND quarter = 0")
                .param(branch.id()).query(LocalDate.class).single();
        clock.set(lastDay.atTime(18, 0));
        runJob("publicity-closing");
        assertThat(body(c.userId(), mark, "publicity-closed")).contains("2026 年度积分公示已结束");
        clock.set(LocalDateTime.of(2027, 1, 6, 9, 0));

        // lists for the committee
        mark = mark();
        sayAs(ADMIN, "积分名单 2026");
        String listBody = body(ADMIN, mark, "annual-lists");
        assertThat(listBody.substring(0, listBody.indexOf("70 分以上"))).contains(a.name()).doesNotContain(b.name());
        assertThat(listBody.substring(listBody.indexOf("70 分以上"))).contains(a.name(), b.name()).doesNotContain(c.name());

        // talks: one recorded, the others overdue after 10 working days, reminded once a day
        mark = mark();
        say(a, "约谈 @" + c.name() + " 1月6日 分析了学习强国登录不足的原因 整改措施：每天登录学习强国");
        assertThat(body(a.userId(), mark, "annual-talk-recorded")).contains("每天登录学习强国", "2027-01-06");
        LocalDate deadline = jdbc.sql("SELECT deadline FROM annual_talk WHERE member_id = ?").param(c.id())
                .query(LocalDate.class).single();
        clock.set(deadline.atTime(9, 0));
        runJob("annual-talk-reminder");
        assertThat(templates(a.userId(), mark)).doesNotContain("annual-talk-overdue");
        clock.set(deadline.plusDays(1).atTime(9, 0));
        runJob("annual-talk-reminder");
        runJob("annual-talk-reminder");
        assertThat(templates(a.userId(), mark)).containsOnlyOnce("annual-talk-overdue");
        assertThat(body(a.userId(), mark, "annual-talk-overdue")).contains(d.name(), p.name(), q.name())
                .doesNotContain(c.name());

        // spot checks: the same seed draws the same sample; the outcome is recorded once and audited
        mark = mark();
        sayAs(ADMIN, "抽查 3 42");
        sayAs(ADMIN, "抽查 3 42");
        List<List<Long>> draws = jdbc.sql("SELECT id FROM spot_check WHERE seed = 42 ORDER BY id DESC LIMIT 2")
                .query(Long.class).list().stream()
                .map(id -> jdbc.sql("SELECT fact_id FROM spot_check_item WHERE check_id = ? ORDER BY position")
                        .param(id).query(Long.class).list()).toList();
        assertThat(draws.get(0)).hasSize(3).isEqualTo(draws.get(1));
        List<Sent> spots = sent(ADMIN, mark).stream().filter(x -> "spot-check".equals(x.template())).toList();
        assertThat(spots).hasSize(6);
        assertThat(spots).allSatisfy(x -> assertThat(x.params()).doesNotContain("XUEXI_MISSED_DAYS", "FEATURED",
                "IMPORT_FILE:", "CHAT_MESSAGE:", "CARD_ACTION:", "SYSTEM:", "\"recordedBy\":\"" + a.userId()));
        Sent first = spots.get(0);
        press(ADMIN, first.outTrackId(), "spot-check-problem",
                Map.of("itemId", first.outTrackId().replace("spot-check-", "")));
        assertThat(templates(ADMIN, mark)).contains("spot-check-needs-note");
        String firstId = first.outTrackId().replace("spot-check-", "");
        sayAs(ADMIN, "抽查 #" + firstId + " 合格");
        assertThat(jdbc.sql("SELECT outcome FROM spot_check_outcome WHERE item_id = ?").param(Long.parseLong(firstId))
                .query(String.class).single()).isEqualTo("PASS");
        Sent spot = spots.get(spots.size() - 1);
        long itemId = Long.parseLong(spot.outTrackId().replace("spot-check-", ""));
        press(ADMIN, spot.outTrackId(), "spot-check-problem", Map.of("itemId", "" + itemId, "note", "缺少签到表"));
        press(ADMIN, spot.outTrackId() , "spot-check-pass", Map.of("itemId", "" + itemId));
        assertThat(jdbc.sql("SELECT outcome FROM spot_check_outcome WHERE item_id = ?").param(itemId)
                .query(String.class).list()).containsExactly("PROBLEM");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'annual.spotcheck.decided' AND subject_id = ?")
                .param("" + itemId).query(Long.class).single()).isOne();

        // every step of the round is in the audit log
        assertThat(jdbc.sql("""
                SELECT action FROM audit_log WHERE action LIKE 'annual.%' AND (subject_id = ? OR subject_id IN (?, ?, ?, ?, ?, ?))
                ORDER BY id""").params("" + roundId, "" + a.id(), "" + b.id(), "" + c.id(), "" + d.id(), "" + p.id(), "" + q.id())
                .query(String.class).list())
                .contains("annual.round.opened", "annual.branch.signed", "annual.branch.completed",
                        "annual.committee.approved", "annual.talk.created", "annual.award.ineligible", "annual.flagged");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'annual.talk.created' AND subject_id IN (?, ?, ?, ?)")
                .params("" + c.id(), "" + d.id(), "" + p.id(), "" + q.id()).query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'annual.branch.signed' AND subject_id = ?")
                .param("" + roundId).query(Long.class).single()).isEqualTo(2);

        // reports: the branch's .xlsx read back, the committee's summary, a member's chart
        mark = mark();
        say(a, "年度报表 2026");
        byte[] xlsx = jdbc.sql("SELECT file_content FROM outbox_message WHERE id > ? AND kind = 'FILE' AND recipients LIKE ?")
                .params(mark, "%" + a.userId() + "%").query(byte[].class).single();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("综合得分");
            Map<String, Double> composites = new HashMap<>();
            Map<String, String> warnings = new HashMap<>();
            DataFormatter shown = new DataFormatter();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    composites.put(row.getCell(0).getStringCellValue(), row.getCell(5).getNumericCellValue());
                    warnings.put(row.getCell(0).getStringCellValue(), row.getCell(7).getStringCellValue());
                    assertThat(shown.formatCellValue(row.getCell(5))).matches("\\d+\\.\\d\\d");
                }
            }
            assertThat(warnings).containsEntry(c.name(), "黄色预警").containsEntry(p.name(), "支部书记约谈提醒")
                    .containsEntry(a.name(), "");
            assertThat(String.join(" ", warnings.values())).doesNotContain("YELLOW", "TALK", "RED", "EXTEND");
            assertThat(composites).containsEntry(a.name(), 90.0).containsEntry(c.name(), 67.0)
                    .containsEntry(q.name(), 45.0).hasSize(6);
        }
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(reports.workbook(2026, Optional.empty())))) {
            Sheet summary = wb.getSheet("汇总");
            boolean found = false;
            for (Row row : summary) {
                if (row.getCell(0).getStringCellValue().equals(branch.name())) {
                    found = true;
                    assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(6.0);
                    assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(1.0);
                    DataFormatter shown = new DataFormatter();
                    assertThat(shown.formatCellValue(row.getCell(1))).isEqualTo("6");
                    assertThat(shown.formatCellValue(row.getCell(6))).isEqualTo("1");
                }
            }
            assertThat(found).isTrue();
        }
        say(c, "积分图 2026");
        byte[] png = jdbc.sql("SELECT file_content FROM outbox_message WHERE id > ? AND kind = 'IMAGE' AND recipients LIKE ?")
                .params(mark, "%" + c.userId() + "%").query(byte[].class).single();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(body(c.userId(), mark, "annual-chart-sent")).doesNotContain("进行中"); // 2026 is over

        // roll-over: the new year starts at zero (only the base of its months so far), last year stays as audited
        assertThat(scores.yearOf(a.id(), 2027).orElseThrow().featured()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(scores.yearOf(a.id(), 2027).orElseThrow().review()).isEqualByComparingTo(BigDecimal.ZERO);
        mark = mark();
        say(a, "我的积分");
        assertThat(body(a.userId(), mark, "my-score")).contains("2027 年", "月本月进行中");
        mark = mark();
        say(a, "积分图");
        assertThat(body(a.userId(), mark, "annual-chart-sent")).contains("2027 年积分图", "月本月进行中")
                .doesNotContain(".png", a.name() + "2027"); // the image itself carries the file name
        assertThat(results.linesOf(branch.id(), 2026).get(0).composite()).isEqualByComparingTo("90.00");
    }

    // helpers

    record Sent(String template, String outTrackId, String body, String params) {
    }

    private void xuexi(Branch branch, Member by, Member m, int year, int month, String days) {
        fact(branch, by, m, FactKind.XUEXI_MISSED_DAYS, "xuexi_login", LocalDate.of(year, month, 1), days);
    }

    private void fact(Branch branch, Member by, Member m, FactKind kind, String item, LocalDate on, String value) {
        ledger.record(NewFact.of(kind, branch.id(), m.id(), item, on, value, Source.system("test-" + UUID.randomUUID()),
                by.userId()));
    }

    private long reviewFacts(Member m) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_fact WHERE member_id = ? AND kind = 'REVIEW'").param(m.id())
                .query(Long.class).single();
    }

    private void say(Member who, String text, InboundMessage.Attachment... attachments) {
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), who.userId(), who.userId(),
                InboundMessage.Conversation.ONE_TO_ONE, null, text, List.of(attachments), Instant.now(clock)));
    }

    /** A JPEG "sent" in the sandbox (its download code resolves to these bytes). */
    private InboundMessage.Attachment photo() {
        String code = "test-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO sandbox_file (code, file_name, content_type, content, created_at) VALUES (?, 'photo', 'image/jpeg', ?, ?)")
                .params(code, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4}, LocalDateTime.now(clock))
                .update();
        return new InboundMessage.Attachment(InboundMessage.Attachment.Kind.PICTURE, code, "photo.jpg", false);
    }

    private void sayAs(String userId, String text) {
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), userId, userId,
                InboundMessage.Conversation.ONE_TO_ONE, null, text, List.of(), Instant.now(clock)));
    }

    private void press(String userId, String outTrackId, String actionId, Map<String, String> params) {
        gateway.onCardAction(new CardAction(outTrackId, userId, actionId, params, Instant.now(clock)));
    }

    private void runJob(String name) {
        ScheduledJob job = jobs.stream().filter(j -> j.name().equals(name)).findFirst().orElseThrow();
        job.action().run(new JobContext(name, LocalDateTime.now(clock), runs));
    }

    private long mark() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    private List<Sent> sent(String userId, long mark) {
        return jdbc.sql("""
                SELECT template, out_track_id, body, card_params FROM outbox_message
                WHERE id > ? AND recipients LIKE ? ORDER BY id""")
                .params(mark, "%" + userId + "%")
                .query((rs, i) -> new Sent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private List<String> templates(String userId, long mark) {
        return sent(userId, mark).stream().map(Sent::template).toList();
    }

    private Sent last(String userId, long mark, String template) {
        List<Sent> s = sent(userId, mark).stream().filter(x -> template.equals(x.template())).toList();
        if (s.isEmpty()) {
            throw new AssertionError("nothing with " + template + " to " + userId + "; got " + templates(userId, mark));
        }
        return s.get(s.size() - 1);
    }

    private String body(String userId, long mark, String template) {
        Sent s = last(userId, mark, template);
        return s.body() != null ? s.body() : s.params();
    }
}
