package cn.jifending.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.InboundMessage;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Dead outbox messages are visible to the committee admin ({@code 投递失败}) and can be requeued ({@code 重发}). */
class DeadLettersCommandTests extends MariaDbTestBase {

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;

    private long outboxBefore;
    private long deadId;
    private String recipient;

    @BeforeEach
    void aDeadMessage() {
        recipient = "gone-" + UUID.randomUUID().toString().substring(0, 8);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO outbox_message (kind, recipients, template, title, body, status, attempts, next_attempt_at,
                    last_error, created_at)
                VALUES ('MARKDOWN', :r, 'declaration-approved', '申报已通过', '正文', 'DEAD', 10, :now,
                    'HTTP 400 invalid userid', :now)""")
                .param("r", recipient).param("now", LocalDateTime.now()).update(key, "id");
        deadId = key.getKey().longValue();
        outboxBefore = deadId;
    }

    @Test
    void theAdminSeesDeadMessagesAndRequeuesOneOnceWithAnAuditRow() {
        say("demo-admin", "投递失败");
        assertThat(lastTemplate()).isEqualTo("dead-letters");
        assertThat(lastBody()).contains(String.valueOf(deadId), recipient, "declaration-approved", "10 次",
                "HTTP 400 invalid userid");

        say("demo-admin", "重发 " + deadId);
        assertThat(lastTemplate()).isEqualTo("requeue-done");
        assertThat(status(deadId)).isEqualTo("PENDING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'outbox.requeue' AND subject_id = :id")
                .param("id", String.valueOf(deadId)).query(Long.class).single()).isEqualTo(1);

        say("demo-admin", "重发 " + deadId);
        assertThat(lastTemplate()).isEqualTo("requeue-not-dead");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'outbox.requeue' AND subject_id = :id")
                .param("id", String.valueOf(deadId)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputGetsUsageAndOthersArePolitelyRefused() {
        say("demo-admin", "重发");
        assertThat(lastTemplate()).isEqualTo("requeue-usage");
        say("demo-admin", "重发 第三条");
        assertThat(lastTemplate()).isEqualTo("requeue-usage");
        say("demo-admin", "重发 999999999999");
        assertThat(lastTemplate()).isEqualTo("requeue-not-dead");

        say("demo-secretary", "投递失败");
        assertThat(lastTemplate()).isEqualTo("refused");
        say("demo-member-1", "重发 " + deadId);
        assertThat(lastTemplate()).isEqualTo("refused");
        assertThat(status(deadId)).isEqualTo("DEAD");
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM outbox_message WHERE id = :id").param("id", id).query(String.class).single();
    }

    private void say(String userId, String text) {
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), userId, "",
                InboundMessage.Conversation.ONE_TO_ONE, null, text, List.of(), Instant.now()));
    }

    private String lastTemplate() {
        return jdbc.sql("SELECT template FROM outbox_message WHERE id > :b ORDER BY id DESC LIMIT 1")
                .param("b", outboxBefore).query(String.class).single();
    }

    private String lastBody() {
        return jdbc.sql("SELECT body FROM outbox_message WHERE id > :b ORDER BY id DESC LIMIT 1")
                .param("b", outboxBefore).query(String.class).single();
    }
}
