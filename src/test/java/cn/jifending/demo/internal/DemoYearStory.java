package cn.jifending.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.annual.AnnualLine;
import cn.jifending.annual.AnnualResults;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.InboundMessage;
import cn.jifending.declaration.MemberDeclarations;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.evaluation.RoundStatus;
import cn.jifending.ledger.Scores;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.publicity.PublicityBoard;
import cn.jifending.recording.MeetingRecord;
import cn.jifending.recording.Meetings;
import cn.jifending.scoring.MonthResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a newcomer finds in the demo year on 2026-12-03, read through the public APIs and the chat, for
 * the H2 and the MariaDB test alike: the expected story of {@code demo/year.yml}.
 */
record DemoYearStory(BotGateway gateway, JdbcClient jdbc, Clock clock, MemberDirectory directory, Scores scores,
                     Evaluation evaluation, PublicityBoard publicity, AnnualResults annual,
                     MemberDeclarations declarations, Meetings meetings, DemoYearSeeder seeder) {

    static final Instant TODAY = Instant.parse("2026-12-03T02:00:00Z");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final int YEAR = 2026;

    void myScoresShowARealYear() {
        Person member = person("demo-member-1");
        List<BigDecimal> bases = scores.yearOf(member.memberId(), YEAR).orElseThrow().months().stream()
                .filter(m -> m.month().getMonthValue() <= 11).map(MonthResult::base).toList();
        assertThat(bases).hasSize(11);
        assertThat(bases.stream().map(BigDecimal::stripTrailingZeros).collect(Collectors.toSet()))
                .as("monthly bases %s", bases).hasSizeGreaterThanOrEqualTo(5);
        assertThat(bases).anyMatch(b -> b.compareTo(BigDecimal.valueOf(70)) < 0);

        String reply = ask("demo-member-1", "我的积分");
        assertThat(reply).contains("赵强的 2026 年积分").contains("综合得分 70.53 分").contains("特色分 4")
                .doesNotContain("综合得分 70 分");
    }

    void firstThreeQuartersSignedOffAndTheirPublicityClosed() {
        for (Branch branch : directory.branches()) {
            assertThat(evaluation.rounds(YEAR).stream().filter(r -> r.branchId() == branch.id()))
                    .extracting(RoundStatus::quarter, RoundStatus::signed)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, true),
                            org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(3, true));
            Map<Integer, String> states = publicity.recent(branch.id(), LocalDate.ofInstant(TODAY, SHANGHAI)).stream()
                    .collect(Collectors.toMap(PublicityBoard.Board::quarter, PublicityBoard.Board::state));
            assertThat(states).as(branch.name()).isEqualTo(Map.of(1, "CLOSED", 2, "CLOSED", 3, "CLOSED"));
        }
    }

    void oneMemberInYellow() {
        List<AnnualLine> lines = directory.branches().stream().flatMap(b -> annual.linesOf(b.id(), YEAR).stream()).toList();
        assertThat(lines).hasSize(10);
        assertThat(lines.stream().filter(l -> l.warning().isPresent()))
                .singleElement().satisfies(l -> {
                    assertThat(l.userId()).isEqualTo("demo-member-2");
                    assertThat(l.warning()).contains("YELLOW");
                });
    }

    void theSecretaryHasDeclarationsToApprove() {
        assertThat(ask("demo-secretary", "待审批")).contains("赵强").contains("社区助老食堂志愿服务")
                .contains("孙悦");
    }

    void aRejectedDeclarationShowsItsReasonToItsMember() {
        String reason = "照片与所述活动不符";
        assertThat(declarations.latest(person("demo-member-2").memberId(), 20))
                .anySatisfy(d -> assertThat(d.rejectReason()).contains(reason));
        assertThat(ask("demo-member-2", "我的申报")).contains("已驳回").contains(reason);
    }

    void theRecorderRecordedEveryMeetingWithItsSignIn() {
        Branch first = branch("demo-recorder");
        assertThat(meetings.heldIn(first.id(), YearMonth.of(YEAR, 9)))
                .extracting(MeetingRecord::item, MeetingRecord::heldOn, MeetingRecord::recordedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("group_meeting", LocalDate.of(YEAR, 9, 8), "demo-recorder"),
                        org.assertj.core.groups.Tuple.tuple("party_day", LocalDate.of(YEAR, 9, 15), "demo-recorder"),
                        org.assertj.core.groups.Tuple.tuple("collective_study", LocalDate.of(YEAR, 9, 26), "demo-recorder"));
        assertThat(meetings.heldIn(branch("demo-secretary-2").id(), YearMonth.of(YEAR, 1)))
                .extracting(MeetingRecord::item, MeetingRecord::recordedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("group_meeting", "demo-secretary-2"),
                        org.assertj.core.groups.Tuple.tuple("party_day", "demo-secretary-2"),
                        org.assertj.core.groups.Tuple.tuple("branch_congress", "demo-secretary-2"),
                        org.assertj.core.groups.Tuple.tuple("org_life_meeting", "demo-secretary-2"));
        assertThat(meetings.heldIn(first.id(), YearMonth.of(YEAR, 12))).isEmpty();
        // 11 months: 22 党小组会 and 主题党日, 4 支部大会, 3 集中学习, 2 支部党课, 1 组织生活会, in each branch
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rec_meeting").query(Long.class).single()).isEqualTo(2 * 32L);
        // every attendance row has its fact: the two 请假 were approved by the secretary on her card
        assertThat(jdbc.sql("SELECT status, COUNT(*) FROM rec_attendance GROUP BY status")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list())
                .contains(Map.entry("EXCUSED", 2L)).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("PRESENT", "ABSENT", "EXCUSED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rec_attendance WHERE fact_id IS NULL").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rec_request WHERE status <> 'APPROVED'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_fact f WHERE f.kind = 'ATTENDANCE'"
                + " AND NOT EXISTS (SELECT 1 FROM rec_attendance a WHERE a.fact_id = f.id)").query(Long.class).single())
                .as("attendance facts outside a recorded meeting").isZero();
    }

    void theRecorderRecordedEveryMonthsFiguresAndFindings() {
        // the first branch has a recorder; the second has none, so its secretary records
        for (String recorder : List.of("demo-recorder", "demo-secretary-2")) {
            assertThat(jdbc.sql("SELECT DISTINCT recorded_by FROM ledger_fact WHERE branch_id = ? AND kind IN "
                            + "('XUEXI_MISSED_DAYS', 'DAILY_QUESTION_POINTS', 'DUES', 'FINDING')")
                    .params(branch(recorder).id()).query(String.class).list()).containsExactly(recorder);
        }
    }

    void seedingAgainAddsNothing() {
        Map<String, Long> before = counts();
        assertThat(seeder.seed()).isZero();
        assertThat(counts()).isEqualTo(before);
        assertThat(before.get("ledger_fact")).isGreaterThan(500);
    }

    private Map<String, Long> counts() {
        return List.of("ledger_fact", "rec_meeting", "rec_attendance", "declaration", "evaluation_round", "evaluation_answer", "publicity_window",
                        "audit_log").stream()
                .collect(Collectors.toMap(t -> t, t -> jdbc.sql("SELECT COUNT(*) FROM " + t).query(Long.class).single()));
    }

    private Branch branch(String userId) {
        long id = person(userId).branchId();
        return directory.branches().stream().filter(b -> b.id() == id).findFirst().orElseThrow();
    }

    private Person person(String userId) {
        return directory.findByUserId(userId).orElseThrow();
    }

    /** Sends {@code text} as the user and returns every reply's text. */
    String ask(String userId, String text) {
        long mark = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), userId, userId,
                InboundMessage.Conversation.ONE_TO_ONE, null, text, List.of(), Instant.now(clock)));
        return String.join("\n", jdbc.sql("SELECT body FROM outbox_message WHERE id > ? AND recipients LIKE ? ORDER BY id")
                .params(mark, "%" + userId + "%").query(String.class).list());
    }
}
