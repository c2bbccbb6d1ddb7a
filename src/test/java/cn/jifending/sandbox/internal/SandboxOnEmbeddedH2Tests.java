package cn.jifending.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.bot.BotGateway;
import cn.jifending.bot.InboundMessage;
import cn.jifending.notification.OutboxMonitor;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sandbox's everyday runtime is the embedded default (H2 in MySQL mode): the inbound
 * dedupe, the outbox claim SQL and the sandbox tables must work there too, not only on MariaDB.
 */
@SpringBootTest(properties = "jifen.outbox.dispatch-enabled=false")
class SandboxOnEmbeddedH2Tests {

    @DynamicPropertySource
    static void freshDataDir(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("jifen-h2-sandbox-").toString();
        registry.add("jifen.data-dir", () -> dir);
    }

    @Autowired BotGateway gateway;
    @Autowired cn.jifending.notification.internal.OutboxDispatcher dispatcher;
    @Autowired SandboxStore store;
    @Autowired OutboxMonitor monitor;

    @Test
    void helpIsRecordedOnceDispatchedAndShownInTheConsole() {
        var m = new InboundMessage("h2-msg-1", "demo-secretary", "", null, null, "帮助", List.of(), Instant.now());

        assertThat(gateway.onMessage(m)).isTrue();
        assertThat(gateway.onMessage(m)).isFalse();
        assertThat(monitor.undeliveredCount()).isEqualTo(1);
        dispatcher.runOnce();

        assertThat(monitor.undeliveredCount()).isZero();
        assertThat(store.latest("demo-secretary", 10)).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("**支部书记**"));
    }
}
