package cn.jifending.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.notification.ReplyWebhook;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A reply to an inbound message waits in the outbox with that message's session webhook. */
class ChatContextReplyTests extends MariaDbTestBase {

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;

    private final ReplyWebhook webhook = new ReplyWebhook(
            "https://oapi.dingtalk.com/robot/sendBySession?session=" + UUID.randomUUID(),
            Instant.now().plus(90, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS));

    record Row(String recipients, String groupId, String webhook, LocalDateTime expiresAt) {
    }

    @Test
    void aOneToOneReplyKeepsTheWebhook() {
        gateway.onMessage(new InboundMessage("reply-" + UUID.randomUUID(), "demo-member-1", "", null, null, "帮助",
                List.of(), Instant.now(), webhook));

        assertThat(row()).isEqualTo(new Row("demo-member-1", null, webhook.url(),
                LocalDateTime.ofInstant(webhook.expiresAt(), ZoneId.of("Asia/Shanghai"))));
    }

    @Test
    void aGroupReplyKeepsTheWebhookAndTheGroup() {
        gateway.onMessage(new InboundMessage("reply-" + UUID.randomUUID(), "demo-member-1", "",
                InboundMessage.Conversation.GROUP, "cid-reply-group", "帮助", List.of(), Instant.now(), webhook));

        assertThat(row()).extracting(Row::recipients, Row::groupId, Row::webhook)
                .containsExactly("", "cid-reply-group", webhook.url());
    }

    private Row row() {
        return jdbc.sql("""
                        SELECT recipients, group_id, reply_webhook, reply_webhook_expires_at FROM outbox_message
                        WHERE reply_webhook = :url""")
                .param("url", webhook.url())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class)))
                .single();
    }
}
