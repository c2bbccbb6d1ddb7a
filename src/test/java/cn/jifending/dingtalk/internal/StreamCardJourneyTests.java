package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dingtalk.open.app.api.OpenDingTalkClient;
import com.dingtalk.open.app.api.callback.CallbackCommandExecutor;
import com.dingtalk.open.app.api.callback.DingTalkStreamTopics;
import com.dingtalk.open.app.stream.network.api.Context;
import com.dingtalk.open.app.stream.protocol.ProtocolRequestFacade;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Stream mode: cards are created with {@code callbackType STREAM}; robot messages and presses are pushed
 * into the application's own Stream listeners through the SDK's {@link CallbackCommandExecutor}, which
 * is where the SDK's WebSocket hands them over. The WebSocket itself is not opened: the SDK keeps its
 * gateway host private (see src/docs/dingtalk-cards.md), so the connection bean is a no-op here.
 */
@SpringBootTest(properties = {
        "jifen.dingtalk.mode=stream",
        "jifen.dingtalk.app-key=journey-app-key",
        "jifen.dingtalk.app-secret=" + CardJourney.SECRET,
        "jifen.dingtalk.robot-code=dingjourneyrobot",
        "jifen.dingtalk.card-callback-token=" + CardJourney.TOKEN,
        "jifen.dingtalk.card-template-id=" + FakeDingTalk.GENERAL_TEMPLATE,
        "jifen.outbox.dispatch-enabled=true",
        "jifen.outbox.poll-interval=100ms",
        "spring.main.allow-bean-definition-overriding=true"})
@DirtiesContext
class StreamCardJourneyTests extends CardJourney {

    @TestConfiguration
    static class NoWebSocket {
        @Bean
        StreamConnection dingTalkStreamConnection() {
            return new StreamConnection(() -> new OpenDingTalkClient() {
                @Override
                public void start() {
                }

                @Override
                public void stop() {
                }
            });
        }
    }

    @Autowired StreamRobotListener robotListener;
    @Autowired StreamCardListener cardListener;

    private final CallbackCommandExecutor robotTopic = new CallbackCommandExecutor();

    @BeforeEach
    void connect() {
        robotTopic.register(DingTalkStreamTopics.BOT_MESSAGE_TOPIC, robotListener);
        CARDS.connectStream(cardListener);
    }

    @Override
    String callbackType() {
        return "STREAM";
    }

    @Override
    void deliverMessage(String payload) {
        AtomicReference<String> outcome = new AtomicReference<>();
        robotTopic.execute(new Context() {
            @Override
            public void replay(Object response) {
                outcome.set("ack");
            }

            @Override
            public void exception(Throwable throwable) {
                outcome.set("error: " + throwable);
            }

            @Override
            public String connectionId() {
                return "journey";
            }

            @Override
            public ProtocolRequestFacade getRequest() {
                return StreamFrames.callback(UUID.randomUUID().toString(), DingTalkStreamTopics.BOT_MESSAGE_TOPIC, payload);
            }
        });
        assertThat(outcome.get()).isEqualTo("ack");
    }
}
