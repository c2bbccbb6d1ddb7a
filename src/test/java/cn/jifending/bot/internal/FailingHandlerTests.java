package cn.jifending.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A handler that throws: its writes are undone, the sender is told, the event stays recorded. */
class FailingHandlerTests extends MariaDbTestBase {

    @TestConfiguration
    static class Handlers {
        @Bean
        CommandHandler explodingHandler() {
            return new CommandHandler() {
                @Override
                public Set<String> keywords() {
                    return Set.of("爆炸");
                }

                @Override
                public void handle(ChatContext ctx) {
                    ctx.outbox().message(List.of("demo-secretary"), "not-understood", Map.of("text", "half-done"));
                    throw new IllegalStateException("boom");
                }
            };
        }
    }

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;

    @Test
    void aFailingHandlerIsRolledBackAndTheSenderIsToldItFailed() {
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
        var m = BotGatewayTests.text("demo-member-1", "爆炸 一下");

        assertThat(gateway.onMessage(m)).isTrue();

        assertThat(jdbc.sql("SELECT template FROM outbox_message WHERE id > :before").param("before", before)
                .query(String.class).list()).containsExactly("handling-failed");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_event WHERE msg_id = :id").param("id", m.msgId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(gateway.onMessage(m)).as("a redelivery does not loop on the failure").isFalse();
    }
}
