package cn.jifending.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.StatementCounter;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.Quarter;
import cn.jifending.evaluation.RoundFixture;
import cn.jifending.ledger.Scores;
import cn.jifending.organization.Member;
import cn.jifending.organization.Organization;
import cn.jifending.scoring.YearResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code 季度积分}: a member's quarters of the year, each round's snapshot with the correction since beside it,
 * from one read of the rounds and one reckoning of the year however many quarters there are.
 */
@Import({MutableClock.Config.class, StatementCounter.Config.class})
class EvaluationCommandTests extends MariaDbTestBase {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 10, 5, 9, 0);

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired MutableClock clock;
    @Autowired EvaluationStore store;
    @Autowired Scores scores;

    @Test
    void theQuartersOfTheYearWithTheirCorrectionsInAsManyStatementsForThreeQuartersAsForOne() {
        RoundFixture f = new RoundFixture(organization, gateway, jdbc, clock);
        clock.set(NOW);
        YearResult year = scores.yearOf(f.member1.id(), 2026).orElseThrow();
        for (int q = 1; q <= 3; q++) {
            long roundId = store.insertRound(f.branch.id(), new Quarter(2026, q), LocalDate.of(2026, 3 * q + 1, 1),
                    LocalDate.of(2026, 3 * q + 1, 10), f.secretary.userId(), NOW);
            BigDecimal now = year.quarter(q).orElseThrow().total();
            store.insertSnapshot(snapshot(roundId, f.member1, q == 2 ? now.add(BigDecimal.ONE) : now), "test", NOW);
            if (q == 1) {
                store.insertSnapshot(snapshot(roundId, f.member2, now), "test", NOW);
            }
        }

        long mark = f.mark();
        f.say(f.member1, "季度积分 2026");
        String body = f.last(f.member1, mark, "evaluation-history").body();
        String q2 = Snapshots.score(year.quarter(2).orElseThrow().total());
        assertThat(body).contains("第一季度：", "第三季度：", "考评结果 **"
                + Snapshots.score(year.quarter(2).orElseThrow().total().add(BigDecimal.ONE)) + "** · 此后更正为 " + q2)
                .doesNotContain("第四季度");
        assertThat(body.lines().filter(l -> l.contains("· 此后更正为"))).as("only the second quarter was corrected")
                .hasSize(1);
        f.say(f.member2, "季度积分 2026");
        assertThat(f.last(f.member2, mark, "evaluation-history").body()).contains("第一季度：")
                .doesNotContain("第二季度", "· 此后更正为");

        long three = StatementCounter.during(() -> f.say(f.member1, "季度积分 2026"));
        long one = StatementCounter.during(() -> f.say(f.member2, "季度积分 2026"));
        assertThat(one).isPositive();
        assertThat(three).as("three quarters read as one does").isEqualTo(one);
    }

    private static SnapshotRow snapshot(long roundId, Member m, BigDecimal total) {
        return new SnapshotRow(roundId, m.id(), 1, m.userId(), m.name(), 3, "", total, BigDecimal.ZERO, total);
    }
}
