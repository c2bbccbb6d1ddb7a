package cn.jifending.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.InboundMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code 帮助} lists the commands the router lets this person use: a recorder sees no declaration
 * decisions (通过、驳回、调整、调整分值), which only the declaration's deciders may send.
 */
class HelpCommandTests extends MariaDbTestBase {

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;

    long outboxBefore;

    @BeforeEach
    void mark() {
        outboxBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    @Test
    void aRecorderIsNotOfferedTheDecisionsAndIsRefusedThem() {
        List<String> recorder = commandsIn(helpOf("demo-recorder"));
        assertThat(recorder).contains("记录", "本月记分", "月度状态", "支部积分")
                .doesNotContain("通过", "驳回", "调整", "调整分值");
        List<String> secretary = commandsIn(helpOf("demo-secretary"));
        assertThat(secretary).contains("通过", "驳回", "调整", "调整分值", "待审批");

        say("demo-recorder", "通过 18");
        assertThat(last("demo-recorder")).isEqualTo("refused");
    }

    String helpOf(String userId) {
        say(userId, "帮助");
        return jdbc.sql("SELECT body FROM outbox_message WHERE id > :b AND template = 'help' AND recipients LIKE :u "
                        + "ORDER BY id DESC LIMIT 1").param("b", outboxBefore).param("u", "%" + userId + "%")
                .query(String.class).single();
    }

    String last(String userId) {
        return jdbc.sql("SELECT template FROM outbox_message WHERE id > :b AND recipients LIKE :u ORDER BY id DESC LIMIT 1")
                .param("b", outboxBefore).param("u", "%" + userId + "%").query(String.class).single();
    }

    /** The keywords of the help's "您可以使用的指令" line. */
    static List<String> commandsIn(String help) {
        String line = help.lines().filter(l -> l.startsWith("您可以使用的指令：")).findFirst().orElseThrow();
        return Arrays.stream(line.substring("您可以使用的指令：".length()).split("、")).map(String::strip).toList();
    }

    void say(String userId, String text) {
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), userId, "",
                InboundMessage.Conversation.ONE_TO_ONE, null, text, List.of(), Instant.now()));
    }
}
