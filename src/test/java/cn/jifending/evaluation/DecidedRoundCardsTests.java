package cn.jifending.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.audit.Source;
import cn.jifending.bot.BotGateway;
import cn.jifending.evaluation.RoundFixture.Sent;
import cn.jifending.jobs.JobRuns;
import cn.jifending.jobs.ScheduledJob;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.NewFact;
import cn.jifending.organization.Member;
import cn.jifending.organization.Organization;
import cn.jifending.scoring.FactKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #15 "decided cards lose their buttons" for the quarterly round, on the real database: every
 * decisive press (确认, 有异议, the panel's 维持, 签名确认 signed or refused) queues an update of that very
 * card instance ({@code PUT /v1.0/card/instances} through the outbox) whose layout has no button left.
 */
@Import(MutableClock.Config.class)
class DecidedRoundCardsTests extends MariaDbTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired Ledger ledger;
    @Autowired MutableClock clock;
    @Autowired List<ScheduledJob> jobs;
    @Autowired JobRuns runs;

    @Test
    void confirmObjectionDecisionAndSignOffEachLeaveTheirCardWithoutButtons() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        recordQ3Figures(f);
        clock.set(LocalDateTime.of(2026, 10, 9, 10, 0));
        long mark = f.mark();
        f.say(f.secretary, "开始考评 2026Q3");
        long roundId = roundOf(f);
        String firstSignOff = f.last(f.secretary, mark, "evaluation-signoff").outTrackId();
        Map<String, String> round = Map.of("roundId", "" + roundId);

        // 确认: the member's own card says so, with the day, and has no button
        f.press(f.member1, memberCard(roundId, f.member1), "evaluation-confirm", round);
        JsonNode confirmed = lastUpdate(memberCard(roundId, f.member1), "evaluation-answered");
        assertThat(confirmed.path("status").asString()).isEqualTo("已确认（2026-10-09）");
        assertThat(confirmed.path("buttons").isEmpty()).isTrue();

        // 有异议 with the reason typed on the card: the card declares that input, so a press carries it
        JsonNode sent = JSON.readTree(f.last(f.member2, mark, "evaluation").body());
        assertThat(sent.path("inputs").get(0).path("name").asString()).isEqualTo("reason");
        f.press(f.member2, memberCard(roundId, f.member2), "evaluation-object",
                Map.of("roundId", "" + roundId, "reason", "7月党费按时交了"));
        JsonNode objected = lastUpdate(memberCard(roundId, f.member2), "evaluation-answered");
        assertThat(objected.path("status").asString()).isEqualTo("已提出异议（2026-10-09）");
        assertThat(objected.path("markdown").asString()).contains("7月党费按时交了", "支委会处理后会通知您");
        assertThat(objected.path("buttons").isEmpty()).isTrue();

        // 签名确认 refused (members pending before the deadline): a press counts once, so the card is spent
        f.press(f.secretary, firstSignOff, "evaluation-sign", round);
        assertThat(f.templatesTo(f.secretary, mark)).contains("evaluation-signoff-refused-objections");
        JsonNode refused = lastUpdate(firstSignOff, "evaluation-signoff-refused");
        assertThat(refused.path("status").asString()).isEqualTo("未能签字（2026-10-09）");
        assertThat(refused.path("markdown").asString()).contains("签名确认 2026Q3");
        assertThat(refused.path("buttons").isEmpty()).isTrue();

        // the panel's 维持: the objection card (one instance for the whole panel) and the member's card
        Sent objectionCard = f.last(f.committee, mark, "evaluation-objection");
        long answerId = Long.parseLong(objectionCard.outTrackId().replace("evaluation-objection-", ""));
        f.press(f.committee, objectionCard.outTrackId(), "evaluation-uphold",
                Map.of("answerId", "" + answerId, "note", "经核对为逾期缴纳"));
        assertThat(lastUpdate(objectionCard.outTrackId(), "evaluation-objection-decided").path("buttons").isEmpty())
                .isTrue();
        JsonNode decided = lastUpdate(memberCard(roundId, f.member2), "evaluation-answered");
        assertThat(decided.path("markdown").asString())
                .contains(f.committee.name() + " 已处理：维持原积分", "经核对为逾期缴纳")
                .doesNotContain("支委会处理后会通知您");

        // the committee member confirms; the secretary lets the deadline pass without answering
        f.press(f.committee, memberCard(roundId, f.committee), "evaluation-confirm", round);
        Sent afterDeadline = signOffCardAfterTheDeadline(f, roundId);
        clock.set(LocalDateTime.of(2026, 10, 20, 9, 0));
        long beforeSign = f.mark();
        f.press(f.secretary, afterDeadline.outTrackId(), "evaluation-sign", round);
        assertThat(f.templatesTo(f.secretary, beforeSign)).contains("evaluation-signed");
        JsonNode signed = lastUpdate(afterDeadline.outTrackId(), "evaluation-signoff-signed");
        assertThat(signed.path("status").asString()).isEqualTo("已签名确认（2026-10-20）");
        assertThat(signed.path("markdown").asString()).contains(f.secretary.name() + " 已于 2026-10-20 签名确认",
                "未确认：" + f.secretary.name());
        assertThat(signed.path("buttons").isEmpty()).isTrue();
        // the card of the member who never answered closes with the quarter
        JsonNode closed = lastUpdate(memberCard(roundId, f.secretary), "evaluation-closed");
        assertThat(closed.path("status").asString()).isEqualTo("已签字（未确认）");
        assertThat(closed.path("buttons").isEmpty()).isTrue();
    }

    @Test
    void aSignOffByTextLeavesTheOldCardWhichAPressThenBringsToItsSignedState() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        recordQ3Figures(f);
        clock.set(LocalDateTime.of(2026, 10, 9, 10, 0));
        long mark = f.mark();
        f.say(f.secretary, "开始考评 2026Q3");
        long roundId = roundOf(f);
        Map<String, String> round = Map.of("roundId", "" + roundId);
        for (Member m : f.all()) {
            f.press(m, memberCard(roundId, m), "evaluation-confirm", round);
        }
        String ready = f.last(f.secretary, mark, "evaluation-signoff").outTrackId();
        f.say(f.secretary, "签名确认 2026Q3");
        assertThat(f.templatesTo(f.secretary, mark)).contains("evaluation-signed");
        assertThat(updates(ready)).as("signed by text: no card was pressed").isZero();

        f.press(f.secretary, ready, "evaluation-sign", round);
        assertThat(f.templatesTo(f.secretary, mark)).endsWith("evaluation-already-signed");
        JsonNode signed = lastUpdate(ready, "evaluation-signoff-signed");
        assertThat(signed.path("status").asString()).isEqualTo("已签名确认（2026-10-09）");
        assertThat(signed.path("buttons").isEmpty()).isTrue();
    }

    /** Runs the deadline job day by day after the deadline until it sends the secretary a fresh sign-off card. */
    private Sent signOffCardAfterTheDeadline(RoundFixture f, long roundId) {
        LocalDate deadline = jdbc.sql("SELECT deadline FROM evaluation_round WHERE id = ?").param(roundId)
                .query(LocalDate.class).single();
        long mark = f.mark();
        for (int day = 1; day <= 5; day++) {
            clock.set(deadline.plusDays(day).atTime(9, 0));
            RoundFixture.runJob(jobs, runs, "evaluation-deadline", clock);
            List<Sent> cards = f.sentTo(f.secretary, mark).stream()
                    .filter(s -> "evaluation-signoff".equals(s.template())).toList();
            if (!cards.isEmpty()) {
                return cards.get(0);
            }
        }
        throw new AssertionError("no sign-off card within 5 days after the deadline " + deadline);
    }

    /** The layout of the last card update queued for {@code outTrackId}, which must be of {@code kind}. */
    private JsonNode lastUpdate(String outTrackId, String kind) {
        List<String[]> rows = jdbc.sql("""
                SELECT template, body FROM outbox_message WHERE kind = 'CARD_UPDATE' AND out_track_id = ?
                ORDER BY id""").param(outTrackId)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(rows).as("card updates of " + outTrackId).isNotEmpty();
        String[] last = rows.get(rows.size() - 1);
        assertThat(last[0]).as("kind of the last update of " + outTrackId).isEqualTo(kind);
        return JSON.readTree(last[1]);
    }

    private long updates(String outTrackId) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE kind = 'CARD_UPDATE' AND out_track_id = ?")
                .param(outTrackId).query(Long.class).single();
    }

    private void recordQ3Figures(RoundFixture f) {
        clock.set(LocalDateTime.of(2026, 9, 1, 9, 0));
        for (Member m : f.all()) {
            for (int month = 7; month <= 9; month++) {
                LocalDate on = LocalDate.of(2026, month, 1);
                record(f, m, FactKind.XUEXI_MISSED_DAYS, on, "0");
                record(f, m, FactKind.DAILY_QUESTION_POINTS, on, "15");
                record(f, m, FactKind.DUES, on, "ON_TIME");
            }
        }
    }

    private void record(RoundFixture f, Member m, FactKind kind, LocalDate on, String value) {
        ledger.record(NewFact.of(kind, f.branch.id(), m.id(), null, on, value,
                Source.system("test-" + UUID.randomUUID()), "test"));
    }

    private long roundOf(RoundFixture f) {
        return jdbc.sql("SELECT id FROM evaluation_round WHERE branch_id = ? AND round_year = 2026 AND quarter = 3")
                .param(f.branch.id()).query(Long.class).single();
    }

    private static String memberCard(long roundId, Member m) {
        return "evaluation-" + roundId + "-" + m.id();
    }
}
