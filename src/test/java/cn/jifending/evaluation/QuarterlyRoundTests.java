package cn.jifending.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.bot.BotGateway;
import cn.jifending.evaluation.RoundFixture.Sent;
import cn.jifending.jobs.JobRuns;
import cn.jifending.jobs.ScheduledJob;
import cn.jifending.ledger.Correction;
import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.NewFact;
import cn.jifending.audit.Source;
import cn.jifending.organization.Member;
import cn.jifending.organization.Organization;
import cn.jifending.scoring.FactKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The quarterly round through the bot's door on a real database, with the clock set by hand. */
@Import(MutableClock.Config.class)
class QuarterlyRoundTests extends MariaDbTestBase {

    @Autowired BotGateway gateway;
    @Autowired cn.jifending.audit.AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired Ledger ledger;
    @Autowired MutableClock clock;
    @Autowired List<ScheduledJob> jobs;
    @Autowired JobRuns runs;
    @Autowired Evaluation evaluation;
    @Autowired cn.jifending.publicity.Publicity publicity;

    @Test
    void aFullRoundFromOpeningToTheEndOfThePublicity() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        Fact late = record(f.member2, FactKind.DUES, LocalDate.of(2026, 7, 1), "LATE");
        recordQ3Figures(f, Set.of(skip(f.member2, FactKind.DUES, 7)));

        clock.set(LocalDateTime.of(2026, 10, 9, 10, 0));
        long mark = f.mark();
        f.say(f.secretary, "开始考评 2026Q3");
        assertThat(f.templatesTo(f.secretary, mark)).contains("evaluation-opened", "evaluation-signoff");
        long roundId = roundOf(f);
        assertThat(snapshotCount(roundId)).isEqualTo(4);
        for (Member m : f.all()) {
            Sent card = f.last(m, mark, "evaluation");
            assertThat(card.cardParams()).contains("\"total\"", "\"roundId\"");
            assertThat(card.body()).contains("各月基础分：\\n- 2026-07：");
        }
        BigDecimal before = latestTotal(roundId, f.member2);

        for (Member m : List.of(f.secretary, f.committee, f.member1)) {
            f.press(m, memberCard(roundId, m), "evaluation-confirm", Map.of("roundId", "" + roundId));
        }
        f.press(f.member2, memberCard(roundId, f.member2), "evaluation-object", Map.of("roundId", "" + roundId));
        assertThat(f.templatesTo(f.member2, mark)).endsWith("evaluation-objection-reason");
        f.say(f.member2, "7月党费我是按时交的");
        assertThat(f.templatesTo(f.member2, mark)).endsWith("evaluation-objection-received");
        Sent objectionCard = f.last(f.committee, mark, "evaluation-objection");

        mark = f.mark();
        f.say(f.committee, "考评进度");
        assertThat(f.last(f.committee, mark, "evaluation-progress").body())
                .contains("已确认 3/4", f.member1.name(), "待处理 " + f.member2.name(), "已处理 无", "未确认 0：无")
                .doesNotContain("已处理 -", "：-");

        // sign-off refused while the objection is open
        f.press(f.secretary, signOffCard(f, 0), "evaluation-sign", Map.of("roundId", "" + roundId));
        assertThat(f.last(f.secretary, mark, "evaluation-signoff-refused-objections").body()).contains(f.member2.name());
        assertThat(signedCount(roundId)).isZero();

        // the panel corrects the dues fact, with its decision as the approval
        long answerId = Long.parseLong(objectionCard.outTrackId().replace("evaluation-objection-", ""));
        f.pressOnCard(f.committee, objectionCard, "evaluation-correct",
                Map.of("note", "核实为按时缴纳", "correction", late.id() + " 按时"));
        assertThat(f.templatesTo(f.member2, mark)).contains("evaluation-objection-corrected");
        assertThat(jdbc.sql("SELECT approval_ref FROM ledger_fact WHERE corrects = ?").param(late.id())
                .query(String.class).single()).isEqualTo("evaluation-decision:" + answerId);
        assertThat(latestTotal(roundId, f.member2)).isGreaterThan(before);

        // everyone settled: a fresh sign-off card; signing locks the quarter and opens the 公示
        mark = f.mark();
        Sent ready = f.sentTo(f.secretary, 0).stream().filter(s -> "evaluation-signoff".equals(s.template()))
                .reduce((a, b) -> b).orElseThrow();
        f.press(f.secretary, ready.outTrackId(), "evaluation-sign", Map.of("roundId", "" + roundId));
        assertThat(f.templatesTo(f.secretary, mark)).contains("evaluation-signed");
        assertThat(f.last(f.secretary, mark, "publicity-scheduled").body()).contains("2026-10-10", "2026-10-15");
        // opened by publicity on the QuarterSignedOff event, whose publication the registry has completed
        assertThat(jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE event_type = ? AND serialized_event LIKE ? "
                        + "AND completion_date IS NOT NULL").param(cn.jifending.evaluation.QuarterSignedOff.class.getName())
                .param("%\"roundId\":" + roundId + ",%").query(Long.class).single()).isOne();
        assertThat(signedCount(roundId)).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_period_lock WHERE branch_id = ? AND lock_year = 2026 AND quarter = 3")
                .param(f.branch.id()).query(Long.class).single()).isOne();
        long windowId = jdbc.sql("SELECT id FROM publicity_window WHERE branch_id = ?").param(f.branch.id())
                .query(Long.class).single();

        // 公示 opens the next working day (Saturday 10-10 is an adjusted working day in 2026)
        mark = f.mark();
        RoundFixture.runJob(jobs, runs, "publicity-opening", clock);
        assertThat(f.templatesTo(f.member1, mark)).doesNotContain("publicity-opened");
        clock.set(LocalDateTime.of(2026, 10, 10, 9, 0));
        RoundFixture.runJob(jobs, runs, "publicity-opening", clock);
        Sent opened = f.last(f.member1, mark, "publicity-opened");
        assertThat(opened.body()).contains("- " + f.member2.name() + "：" + latestTotal(roundId, f.member2).toPlainString(),
                "2026-10-10", "2026-10-15");
        Sent publicityCard = f.last(f.member1, mark, "publicity");

        // an objection during the window goes to the secretary and the panel, who answer it
        clock.set(LocalDateTime.of(2026, 10, 13, 11, 0));
        f.press(f.member1, publicityCard.outTrackId(), "publicity-object",
                Map.of("windowId", "" + windowId, "reason", "我的名字写错了"));
        assertThat(f.templatesTo(f.member1, mark)).contains("publicity-objection-received");
        Sent toPanel = f.last(f.secretary, mark, "publicity-objection");
        assertThat(f.templatesTo(f.committee, mark)).contains("publicity-objection");
        long objectionId = Long.parseLong(toPanel.outTrackId().replace("publicity-objection-", ""));
        f.press(f.secretary, toPanel.outTrackId(), "publicity-uphold",
                Map.of("objectionId", "" + objectionId, "note", "经核对无误"));
        assertThat(f.templatesTo(f.member1, mark)).contains("publicity-objection-upheld");

        // closes on its last working day at 18:00, not a minute before
        mark = f.mark();
        clock.set(LocalDateTime.of(2026, 10, 15, 17, 59));
        RoundFixture.runJob(jobs, runs, "publicity-closing", clock);
        assertThat(f.templatesTo(f.member1, mark)).doesNotContain("publicity-closed");
        clock.set(LocalDateTime.of(2026, 10, 15, 18, 0));
        RoundFixture.runJob(jobs, runs, "publicity-closing", clock);
        assertThat(f.last(f.member2, mark, "publicity-closed").body())
                .contains(f.member1.name(), "我的名字写错了", "维持原结果", "经核对无误");

        // too late now
        clock.set(LocalDateTime.of(2026, 10, 16, 9, 0));
        f.press(f.member2, publicityCard.outTrackId(), "publicity-object",
                Map.of("windowId", "" + windowId, "reason", "迟到的异议"));
        assertThat(f.last(f.member2, mark, "publicity-objection-too-late").body()).contains("2026-10-10", "2026-10-15");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM publicity_objection WHERE window_id = ?").param(windowId)
                .query(Long.class).single()).isOne();
    }

    @Test
    void aMemberWhoNeverConfirmsIsListedAfterTheDeadlineAndTheSecretaryMaySignThen() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        recordQ3Figures(f, Set.of());
        clock.set(LocalDateTime.of(2026, 10, 9, 10, 0));
        long mark = f.mark();
        f.say(f.secretary, "开始考评 2026Q3");
        long roundId = roundOf(f);
        assertThat(jdbc.sql("SELECT deadline FROM evaluation_round WHERE id = ?").param(roundId)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 10, 15));
        for (Member m : List.of(f.secretary, f.committee, f.member1)) {
            f.press(m, memberCard(roundId, m), "evaluation-confirm", Map.of("roundId", "" + roundId));
        }
        f.press(f.secretary, signOffCard(f, 0), "evaluation-sign", Map.of("roundId", "" + roundId));
        assertThat(f.last(f.secretary, mark, "evaluation-signoff-refused-pending").body())
                .contains(f.member2.name(), "2026-10-15");

        clock.set(LocalDateTime.of(2026, 10, 15, 9, 30));
        evaluation.remindDeadlines();
        assertThat(f.templatesTo(f.member2, mark)).contains("evaluation-deadline-today");
        assertThat(f.templatesTo(f.member1, mark)).doesNotContain("evaluation-deadline-today");

        mark = f.mark();
        clock.set(LocalDateTime.of(2026, 10, 16, 9, 30));
        evaluation.remindDeadlines();
        assertThat(f.last(f.secretary, mark, "evaluation-deadline-passed").body()).contains(f.member2.name());
        Sent card = f.last(f.secretary, mark, "evaluation-signoff");
        f.press(f.secretary, card.outTrackId(), "evaluation-sign", Map.of("roundId", "" + roundId));
        assertThat(f.last(f.secretary, mark, "evaluation-signed").body()).contains(f.member2.name());
        assertThat(jdbc.sql("SELECT unconfirmed FROM evaluation_signoff WHERE round_id = ?").param(roundId)
                .query(String.class).single()).isEqualTo(f.member2.name());

        f.press(f.member2, memberCard(roundId, f.member2), "evaluation-confirm", Map.of("roundId", "" + roundId));
        assertThat(f.templatesTo(f.member2, mark)).endsWith("evaluation-already-signed");
    }

    @Test
    void theSnapshotDoesNotChangeWhenALaterCorrectionIsMadeAndTheCorrectionShowsBesideIt() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        Fact missed = record(f.member1, FactKind.XUEXI_MISSED_DAYS, LocalDate.of(2026, 8, 1), "10");
        recordQ3Figures(f, Set.of(skip(f.member1, FactKind.XUEXI_MISSED_DAYS, 8)));
        long roundId = startQ3Round(f);
        for (Member m : f.all()) {
            f.press(m, memberCard(roundId, m), "evaluation-confirm", Map.of("roundId", "" + roundId));
        }
        long mark = f.mark();
        Sent ready = f.sentTo(f.secretary, 0).stream().filter(s -> "evaluation-signoff".equals(s.template()))
                .reduce((a, b) -> b).orElseThrow();
        f.press(f.secretary, ready.outTrackId(), "evaluation-sign", Map.of("roundId", "" + roundId));
        assertThat(f.templatesTo(f.secretary, mark)).contains("evaluation-signed");
        List<Map<String, Object>> frozen = snapshotRows(roundId);
        BigDecimal snapshotTotal = latestTotal(roundId, f.member1);

        clock.set(LocalDateTime.of(2026, 11, 2, 10, 0));
        ledger.correct(missed.id(), Correction.replacement(missed.item(), LocalDate.of(2026, 8, 1), "0", "登录记录补录",
                Source.system("test-" + UUID.randomUUID()), "test").approvedBy("支委会 2026-11-02"));

        assertThat(snapshotRows(roundId)).isEqualTo(frozen);
        mark = f.mark();
        f.say(f.member1, "季度积分 2026");
        String body = f.last(f.member1, mark, "evaluation-history").body();
        assertThat(body).contains("2026 年季度积分", "第三季度", snapshotTotal.toPlainString()).doesNotContain("Q3");
        assertThat(body).doesNotContain("|").contains("第三季度：", "考评结果 **" + snapshotTotal.toPlainString() + "** · 此后更正为 ");
    }

    @Test
    void theOpeningJobRunTwiceHasOneEffect() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        clock.set(LocalDateTime.of(2026, 7, 1, 9, 0));
        long mark = f.mark();
        RoundFixture.runJob(jobs, runs, "evaluation-opening", clock);
        RoundFixture.runJob(jobs, runs, "evaluation-opening", clock);
        long rounds = jdbc.sql("SELECT COUNT(*) FROM evaluation_round WHERE branch_id = ? AND round_year = 2026 AND quarter = 2")
                .param(f.branch.id()).query(Long.class).single();
        assertThat(rounds).isOne();
        long roundId = jdbc.sql("SELECT id FROM evaluation_round WHERE branch_id = ? AND quarter = 2").param(f.branch.id())
                .query(Long.class).single();
        assertThat(snapshotCount(roundId)).isEqualTo(4);
        assertThat(f.templatesTo(f.member1, mark)).containsExactly("evaluation");
        assertThat(runs.hasRun("evaluation-opening", "2026-Q2")).isTrue();

        // a manual run afterwards is refused as already open
        f.say(f.secretary, "开始考评 2026Q2");
        assertThat(f.templatesTo(f.secretary, mark)).endsWith("evaluation-already-open");
        f.say(f.secretary, "开始考评 下个季度");
        assertThat(f.templatesTo(f.secretary, mark)).endsWith("evaluation-open-usage");
        f.say(f.member1, "开始考评 2026Q2");
        assertThat(f.templatesTo(f.member1, mark)).endsWith("refused");
        f.say(f.member1, "考评进度");
        assertThat(f.templatesTo(f.member1, mark)).endsWith("refused");
    }

    @Test
    void progressBeforeAnyRoundSaysSoWithoutAPlaceholderDash() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        long mark = f.mark();
        f.say(f.secretary, "考评进度");
        String body = f.last(f.secretary, mark, "evaluation-no-round-yet").body();
        assertThat(body).contains("还没有开始过季度考评", "开始考评 2025Q4").doesNotContain(" - ", "“-”");
        f.say(f.secretary, "考评进度 2025Q4");
        assertThat(f.last(f.secretary, mark, "evaluation-no-round").body()).contains("2025Q4");
    }

    @Test
    void decisionsWithoutANoteAndASignOffWithNobodyPendingSayWhatIsMissingInsteadOfADash() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        Fact late = record(f.member2, FactKind.DUES, LocalDate.of(2026, 7, 1), "LATE");
        recordQ3Figures(f, Set.of(skip(f.member2, FactKind.DUES, 7)));
        long roundId = startQ3Round(f);
        for (Member m : List.of(f.secretary, f.committee)) {
            f.press(m, memberCard(roundId, m), "evaluation-confirm", Map.of("roundId", "" + roundId));
        }
        long mark = f.mark();
        f.press(f.member1, memberCard(roundId, f.member1), "evaluation-object",
                Map.of("roundId", "" + roundId, "reason", "八月学习强国我登录了"));
        f.press(f.member2, memberCard(roundId, f.member2), "evaluation-object",
                Map.of("roundId", "" + roundId, "reason", "7月党费我是按时交的"));
        Sent first = f.sentTo(f.committee, mark).stream().filter(s -> "evaluation-objection".equals(s.template()))
                .findFirst().orElseThrow();
        Sent second = f.last(f.committee, mark, "evaluation-objection");

        // upheld without a note: the member reads that no note was given, never "说明：-"
        f.press(f.committee, first.outTrackId(), "evaluation-uphold",
                Map.of("answerId", first.outTrackId().replace("evaluation-objection-", "")));
        assertThat(f.last(f.member1, mark, "evaluation-objection-upheld").body())
                .contains("说明：未填写（" + f.committee.name() + "）").doesNotContain("：-");
        assertThat(jdbc.sql("SELECT body FROM outbox_message WHERE id > ? AND kind = 'CARD_UPDATE' AND out_track_id = ?")
                .params(mark, first.outTrackId()).query(String.class).single()).contains("已处理：未填写说明。");

        // corrected without a note: the ledger's correction carries the decision's own wording as its reason
        f.pressOnCard(f.committee, second, "evaluation-correct", Map.of("correction", late.id() + " ON_TIME"));
        assertThat(f.last(f.member2, mark, "evaluation-objection-corrected").body()).contains("说明：未填写");
        assertThat(jdbc.sql("SELECT reason FROM ledger_fact WHERE corrects = ?").param(late.id())
                .query(String.class).single()).isEqualTo("季度考评异议更正");
        assertThat(jdbc.sql("SELECT note FROM evaluation_decision d JOIN evaluation_answer a ON a.id = d.answer_id "
                + "WHERE a.round_id = ?").param(roundId).query(String.class).list()).containsOnlyNulls();

        // everybody answered: the signed message lists no one as unconfirmed, in words
        Sent ready = f.sentTo(f.secretary, 0).stream().filter(s -> "evaluation-signoff".equals(s.template()))
                .reduce((x, y) -> y).orElseThrow();
        f.press(f.secretary, ready.outTrackId(), "evaluation-sign", Map.of("roundId", "" + roundId));
        assertThat(f.last(f.secretary, mark, "evaluation-signed").body()).contains("未确认人员：无")
                .doesNotContain("：-");
    }

    @Test
    void anObjectionWithItsReasonOnTheCardIsUpheldByThePanelAndOnlyThePanelDecides() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        clock.set(LocalDateTime.of(2026, 10, 12, 10, 0));
        f.say(f.secretary, "开始考评 2026Q3");
        long roundId = roundOf(f);
        long mark = f.mark();

        f.press(f.member1, memberCard(roundId, f.member1), "evaluation-object", Map.of("roundId", "" + roundId));
        f.say(f.member1, "取消");
        assertThat(f.templatesTo(f.member1, mark)).containsExactly("evaluation-objection-reason",
                "evaluation-objection-cancelled");
        f.say(f.member1, "季度积分");
        assertThat(f.templatesTo(f.member1, mark)).endsWith("evaluation-history");

        f.press(f.member2, memberCard(roundId, f.member2), "evaluation-object",
                Map.of("roundId", "" + roundId, "reason", "九月集中学习我参加了"));
        assertThat(f.templatesTo(f.member2, mark)).containsExactly("evaluation-objection-received");
        Sent card = f.last(f.secretary, mark, "evaluation-objection");
        String answerId = card.outTrackId().replace("evaluation-objection-", "");

        f.press(f.member1, card.outTrackId(), "evaluation-uphold", Map.of("answerId", answerId));
        assertThat(f.templatesTo(f.member1, mark)).endsWith("refused");
        f.press(f.member1, signOffCard(f, 0), "evaluation-sign", Map.of("roundId", "" + roundId));
        assertThat(f.templatesTo(f.member1, mark)).endsWith("refused");

        f.press(f.committee, card.outTrackId(), "evaluation-uphold", Map.of("answerId", answerId, "note", "签到表无记录"));
        assertThat(f.last(f.member2, mark, "evaluation-objection-upheld").body()).contains("签到表无记录");
        f.press(f.secretary, card.outTrackId(), "evaluation-correct", Map.of("answerId", answerId));
        assertThat(f.templatesTo(f.secretary, mark)).endsWith("evaluation-decision-already");
        assertThat(snapshotCount(roundId)).isEqualTo(4);

        f.press(f.member2, memberCard(roundId, f.member2), "evaluation-confirm", Map.of("roundId", "" + roundId));
        assertThat(f.templatesTo(f.member2, mark)).endsWith("evaluation-already-objected");
    }

    @Test
    void thePanelCorrectsAFactFromTheObjectionCardWithOnlyTheInputsTheCardDeclares() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        Fact late = record(f.member2, FactKind.DUES, LocalDate.of(2026, 7, 1), "LATE");
        recordQ3Figures(f, Set.of(skip(f.member2, FactKind.DUES, 7)));
        long roundId = startQ3Round(f);
        long mark = f.mark();
        f.press(f.member2, memberCard(roundId, f.member2), "evaluation-object",
                Map.of("roundId", "" + roundId, "reason", "7月党费我是按时交的"));
        Sent card = f.last(f.committee, mark, "evaluation-objection");
        // the card lists the member's facts of the quarter by number, so the panel can name the one to correct
        assertThat(card.body()).contains("" + late.id(), "延期");

        // 更正 with nothing typed: told what to type, the objection stays open, the ledger untouched
        f.pressOnCard(f.committee, card, "evaluation-correct", Map.of());
        assertThat(f.templatesTo(f.committee, mark)).endsWith("evaluation-correction-missing");
        assertThat(f.last(f.committee, mark, "evaluation-correction-missing").body()).contains("" + late.id());
        assertThat(corrections(late)).isZero();
        // a value the record does not take: a clear refusal, nothing written
        f.pressOnCard(f.committee, card, "evaluation-correct", Map.of("correction", late.id() + " 优秀"));
        assertThat(f.last(f.committee, mark, "evaluation-correction-refused").body()).contains("" + late.id(), "优秀");
        assertThat(corrections(late)).isZero();

        // the fact and its new value typed in the card's input, the reason in the other: a new ledger entry
        f.pressOnCard(f.committee, card, "evaluation-correct",
                Map.of("correction", late.id() + " ON_TIME", "note", "核实为按时缴纳"));
        assertThat(f.templatesTo(f.member2, mark)).contains("evaluation-objection-corrected");
        Map<String, Object> entry = jdbc.sql("SELECT fact_value, reason, recorded_by, approval_ref FROM ledger_fact "
                + "WHERE corrects = ?").param(late.id()).query().singleRow();
        assertThat(entry).containsEntry("fact_value", "ON_TIME").containsEntry("reason", "核实为按时缴纳")
                .containsEntry("recorded_by", f.committee.userId());
        assertThat(entry.get("approval_ref").toString()).startsWith("evaluation-decision:");
        assertThat(jdbc.sql("SELECT template FROM outbox_message WHERE kind = 'CARD_UPDATE' AND out_track_id = ? "
                + "ORDER BY id DESC LIMIT 1").param(card.outTrackId()).query(String.class).single())
                .isEqualTo("evaluation-objection-decided");
    }

    private long corrections(Fact fact) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_fact WHERE corrects = ?").param(fact.id()).query(Long.class)
                .single();
    }

    @Test
    void signOffIsRefusedWhileMonthlyFiguresAreMissingAndForcedWithAReason() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        recordQ3Figures(f, Set.of(skip(f.member1, FactKind.DAILY_QUESTION_POINTS, 8),
                skip(f.member2, FactKind.DUES, 9), skip(f.member2, FactKind.XUEXI_MISSED_DAYS, 9)));
        long roundId = startQ3Round(f);
        for (Member m : f.all()) {
            f.press(m, memberCard(roundId, m), "evaluation-confirm", Map.of("roundId", "" + roundId));
        }
        long mark = f.mark();
        Sent ready = f.sentTo(f.secretary, 0).stream().filter(s -> "evaluation-signoff".equals(s.template()))
                .reduce((a, b) -> b).orElseThrow();
        f.press(f.secretary, ready.outTrackId(), "evaluation-sign", Map.of("roundId", "" + roundId));
        String refusal = f.last(f.secretary, mark, "evaluation-signoff-refused-incomplete").body();
        assertThat(refusal).contains("- " + f.member1.name() + "：2026-08 完成每日一题",
                "- " + f.member2.name() + "：2026-09 登录学习强国、党费缴纳", "签名确认 2026Q3 理由")
                .doesNotContain(f.secretary.name(), f.committee.name());
        assertThat(signedCount(roundId)).isZero();

        f.say(f.secretary, "签名确认 2026Q3 理由");
        assertThat(f.templatesTo(f.secretary, mark)).endsWith("evaluation-signoff-usage");
        f.say(f.member1, "签名确认 2026Q3 理由 我也想签");
        assertThat(f.templatesTo(f.member1, mark)).endsWith("refused");
        f.say(f.secretary, "签名确认 2026Q3");
        assertThat(f.templatesTo(f.secretary, mark)).endsWith("evaluation-signoff-refused-incomplete");
        assertThat(signedCount(roundId)).isZero();

        f.say(f.secretary, "签名确认 2026Q3 理由 9月党费由机关财务统一补报");
        assertThat(f.last(f.secretary, mark, "evaluation-signed").body())
                .contains("支部书记签字理由：9月党费由机关财务统一补报");
        assertThat(jdbc.sql("SELECT override_reason FROM evaluation_signoff WHERE round_id = ?").param(roundId)
                .query(String.class).single()).isEqualTo("9月党费由机关财务统一补报");
        assertThat(audit.entriesFor("evaluation_round", "" + roundId))
                .filteredOn(r -> r.entry().action().equals("evaluation.round.signed")).singleElement()
                .satisfies(r -> {
                    assertThat(r.entry().detail("reason")).isEqualTo("9月党费由机关财务统一补报");
                    assertThat(r.entry().detail("gaps")).contains(f.member1.name() + "：2026-08 完成每日一题");
                });

        mark = f.mark();
        clock.set(LocalDateTime.of(2026, 10, 10, 9, 0));
        publicity.announceDue(cn.jifending.audit.Source.job("test", "today")); // not the job: its run of this day belongs to another test
        assertThat(f.last(f.member1, mark, "publicity-opened").body())
                .contains("支部书记签字理由：9月党费由机关财务统一补报");
    }

    /** Every monthly figure of Q3 for every member of the fixture, except those named in {@code skip}. */
    private void recordQ3Figures(RoundFixture f, Set<String> skip) {
        for (Member m : f.all()) {
            for (int month = 7; month <= 9; month++) {
                LocalDate on = LocalDate.of(2026, month, 1);
                if (!skip.contains(skip(m, FactKind.XUEXI_MISSED_DAYS, month))) {
                    record(m, FactKind.XUEXI_MISSED_DAYS, on, "0");
                }
                if (!skip.contains(skip(m, FactKind.DAILY_QUESTION_POINTS, month))) {
                    record(m, FactKind.DAILY_QUESTION_POINTS, on, "15");
                }
                if (!skip.contains(skip(m, FactKind.DUES, month))) {
                    record(m, FactKind.DUES, on, "ON_TIME");
                }
            }
        }
    }

    private static String skip(Member m, FactKind kind, int month) {
        return m.id() + ":" + kind + ":" + month;
    }

    private Fact record(Member m, FactKind kind, LocalDate on, String value) {
        clock.set(LocalDateTime.of(2026, 9, 1, 9, 0));
        long branchId = jdbc.sql("SELECT branch_id FROM org_membership WHERE member_id = ?").param(m.id())
                .query(Long.class).single();
        return ledger.record(NewFact.of(kind, branchId, m.id(), null, on, value,
                Source.system("test-" + UUID.randomUUID()), "test"));
    }

    /** On the first working days of October the secretary opens the third quarter's round; its id. */
    private long startQ3Round(RoundFixture f) {
        clock.set(LocalDateTime.of(2026, 10, 9, 10, 0));
        f.say(f.secretary, "开始考评 2026Q3");
        return roundOf(f);
    }

    private long roundOf(RoundFixture f) {
        return jdbc.sql("SELECT id FROM evaluation_round WHERE branch_id = ? AND round_year = 2026 AND quarter = 3")
                .param(f.branch.id()).query(Long.class).single();
    }

    private String memberCard(long roundId, Member m) {
        return "evaluation-" + roundId + "-" + m.id();
    }

    private String signOffCard(RoundFixture f, long mark) {
        return f.sentTo(f.secretary, mark).stream().filter(s -> "evaluation-signoff".equals(s.template()))
                .findFirst().orElseThrow().outTrackId();
    }

    private long snapshotCount(long roundId) {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation_snapshot WHERE round_id = ?").param(roundId)
                .query(Long.class).single();
    }

    private long signedCount(long roundId) {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation_signoff WHERE round_id = ?").param(roundId)
                .query(Long.class).single();
    }

    private BigDecimal latestTotal(long roundId, Member m) {
        return jdbc.sql("SELECT total FROM evaluation_snapshot WHERE round_id = ? AND member_id = ? ORDER BY version DESC LIMIT 1")
                .params(roundId, m.id()).query(BigDecimal.class).single();
    }

    private List<Map<String, Object>> snapshotRows(long roundId) {
        return jdbc.sql("SELECT * FROM evaluation_snapshot WHERE round_id = ? ORDER BY id").param(roundId)
                .query().listOfRows();
    }
}
