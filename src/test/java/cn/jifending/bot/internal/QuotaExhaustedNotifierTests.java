package cn.jifending.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.notification.DeliveryQuotaExhausted;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A used-up DingTalk quota is told to the committee admins once a day, through the outbox. */
class QuotaExhaustedNotifierTests extends MariaDbTestBase {

    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @Autowired MemberDirectory directory;

    @Test
    void theCommitteeAdminsAreToldAtMostOnceADay() {
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
        Instant morning = Instant.parse("2031-03-04T01:00:00Z"); // 09:00 in Shanghai
        Duration hour = Duration.ofHours(1);

        events.publishEvent(new DeliveryQuotaExhausted("dingtalk", "robot oToMessages/batchSend", hour, morning));
        events.publishEvent(new DeliveryQuotaExhausted("dingtalk", "card createAndDeliver", hour, morning.plusSeconds(60)));
        events.publishEvent(new DeliveryQuotaExhausted("dingtalk", "robot oToMessages/batchSend", hour,
                Instant.parse("2031-03-04T15:30:00Z"))); // 23:30 in Shanghai: still the same day
        List<String> sameDay = templatesAfter(before);
        events.publishEvent(new DeliveryQuotaExhausted("dingtalk", "robot oToMessages/batchSend", hour,
                Instant.parse("2031-03-04T16:30:00Z"))); // 00:30 the next day in Shanghai

        assertThat(sameDay).containsExactly(QuotaExhaustedNotifier.TEMPLATE);
        assertThat(templatesAfter(before)).containsExactly(QuotaExhaustedNotifier.TEMPLATE, QuotaExhaustedNotifier.TEMPLATE);
        var row = jdbc.sql("SELECT recipients, body FROM outbox_message WHERE id > :b ORDER BY id LIMIT 1")
                .param("b", before).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        List<String> admins = directory.committeeAdmins().stream().map(Person::userId).toList();
        assertThat(admins).isNotEmpty();
        assertThat(row.get(0)).contains(admins.get(0));
        assertThat(row.get(1)).contains("调用量已用完", "每 60 分钟");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery_quota_notice").query(Long.class).single()).isEqualTo(2);
    }

    private List<String> templatesAfter(long before) {
        return jdbc.sql("SELECT template FROM outbox_message WHERE id > :b AND template = :t ORDER BY id")
                .param("b", before).param("t", QuotaExhaustedNotifier.TEMPLATE).query(String.class).list();
    }
}
