package cn.jifending.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.InboundMessage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code 同步通讯录} in sandbox mode: there is no DingTalk address book to compare with. */
class ContactSyncCommandTests extends MariaDbTestBase {

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;

    @Test
    void inSandboxModeTheAdminIsToldItNeedsDingTalk() {
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
        say("demo-admin", "同步通讯录");
        say("demo-member-1", "同步通讯录");
        assertThat(jdbc.sql("SELECT template FROM outbox_message WHERE id > :b ORDER BY id").param("b", before)
                .query(String.class).list()).containsExactly("contacts-sync-needs-dingtalk", "refused");
    }

    private void say(String userId, String text) {
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), userId, "",
                InboundMessage.Conversation.ONE_TO_ONE, null, text, List.of(), Instant.now()));
    }
}
