package cn.jifending.declaration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.InboundMessage;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #15 defect 4: {@code 我的积分} of a member whose scored months this year end before the month shown
 * (they left the branch) says that month has no record, instead of a bare "-" under its heading.
 */
@Import(MutableClock.Config.class)
class MyScoresWithoutTheMonthTests extends MariaDbTestBase {

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired MutableClock clock;

    @Test
    void aMonthWithoutScoresIsSaidSoInWords() {
        clock.set(LocalDateTime.of(2026, 9, 15, 10, 0));
        OrgFixture fixture = new OrgFixture(organization);
        Branch branch = fixture.branch();
        Member left = fixture.member(branch, LocalDate.of(2026, 1, 1));
        organization.leaveBranch(left.id(), LocalDate.of(2026, 6, 30), OrgFixture.ADMIN);
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();

        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), left.userId(), "", null, null, "我的积分",
                List.of(), Instant.now()));

        String body = jdbc.sql("SELECT body FROM outbox_message WHERE id > :b AND template = 'my-score' "
                + "AND recipients LIKE :u").param("b", before).param("u", "%" + left.userId() + "%")
                .query(String.class).single();
        assertThat(body).contains("**9 月基础分**\n本月还没有计分记录").doesNotContain("**9 月基础分**\n-");
    }
}
