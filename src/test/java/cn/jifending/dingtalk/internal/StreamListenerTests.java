package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dingtalk.open.app.api.OpenDingTalkClient;
import com.dingtalk.open.app.api.callback.CallbackCommandExecutor;
import com.dingtalk.open.app.api.callback.DingTalkStreamTopics;
import com.dingtalk.open.app.stream.network.api.Context;
import com.dingtalk.open.app.stream.protocol.ProtocolRequestFacade;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Stream listeners driven with recorded payloads, directly and through the SDK's own callback
 * executor (which turns our return value into DingTalk's acknowledgement and an exception into an
 * error answer).
 */
class StreamListenerTests {

    private final RecordingBotGateway gateway = new RecordingBotGateway();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private StreamRobotListener robot;
    private StreamCardListener card;
    private CallbackCommandExecutor sdkExecutor;

    @BeforeEach
    void setUp() {
        robot = new StreamRobotListener(new RobotMessageParser(), gateway);
        Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        card = new StreamCardListener(new CardPresses(new CardCallbackParser(),
                CardRegistryDatabase.withApprovalCard(clock), gateway, "此卡片已失效", clock));
        gateway.onCall = () -> events.add("bot");
        sdkExecutor = new CallbackCommandExecutor();
        sdkExecutor.register(DingTalkStreamTopics.BOT_MESSAGE_TOPIC, robot);
        sdkExecutor.register(DingTalkStreamTopics.CARD_CALLBACK_TOPIC, card);
    }

    @Test
    void everyRecordedMessageReachesTheBot() {
        for (String name : List.of("text.json", "picture.json", "richText.json", "quotedPicture.json", "file.json",
                "audio.json")) {
            assertThat(robot.execute(Payloads.read(name))).isNotNull();
        }

        assertThat(gateway.messages).hasSize(6);
        assertThat(gateway.messages.get(2).attachments()).hasSize(2);
        assertThat(gateway.messages.get(3).attachments()).singleElement()
                .satisfies(a -> assertThat(a.quoted()).isTrue());
    }

    @Test
    void robotMessageIsAcknowledgedOnlyAfterTheBotReturns() {
        FakeContext context = new FakeContext(DingTalkStreamTopics.BOT_MESSAGE_TOPIC, Payloads.read("text.json"));

        sdkExecutor.execute(context);

        assertThat(events).containsExactly("bot", "ack");
        assertThat(gateway.messages).singleElement()
                .satisfies(m -> assertThat(m.msgId()).isEqualTo("msgTnJ5U0mHvQ1kB3x8hQ9fLw=="));
    }

    @Test
    void whenTheBotFailsDingTalkGetsAnErrorAndNoAcknowledgement() {
        gateway.failure = new IllegalStateException("database down");
        FakeContext context = new FakeContext(DingTalkStreamTopics.BOT_MESSAGE_TOPIC, Payloads.read("text.json"));

        sdkExecutor.execute(context);

        assertThat(events).containsExactly("bot", "error");
        assertThat(context.error).isInstanceOf(IllegalStateException.class).hasMessage("database down");
        assertThatThrownBy(() -> robot.execute(Payloads.read("text.json"))).hasMessage("database down");
    }

    @Test
    void cardClickIsAcknowledgedOnlyAfterTheBotReturns() {
        sdkExecutor.execute(new FakeContext(DingTalkStreamTopics.CARD_CALLBACK_TOPIC,
                Payloads.read("cardCallback.json")));

        assertThat(events).containsExactly("bot", "ack");
        assertThat(gateway.actions).singleElement().satisfies(a -> {
            assertThat(a.outTrackId()).isEqualTo("decl-42-approval");
            assertThat(a.actionId()).isEqualTo("declaration.approve");
        });
    }

    @Test
    void cardClickFailureIsAnError() {
        gateway.failure = new IllegalStateException("database down");

        sdkExecutor.execute(new FakeContext(DingTalkStreamTopics.CARD_CALLBACK_TOPIC,
                Payloads.read("cardCallback.json")));

        assertThat(events).containsExactly("bot", "error");
    }

    @Test
    void aPayloadWithAFieldOutOfBoundsIsAcknowledgedWithoutReachingTheBot() {
        String longMsgId = Payloads.read("text.json").replace("msgTnJ5U0mHvQ1kB3x8hQ9fLw==", "m".repeat(300));
        String longTrack = Payloads.read("cardCallback.json").replace("decl-42-approval", "t".repeat(300));

        sdkExecutor.execute(new FakeContext(DingTalkStreamTopics.BOT_MESSAGE_TOPIC, longMsgId));
        sdkExecutor.execute(new FakeContext(DingTalkStreamTopics.CARD_CALLBACK_TOPIC, longTrack));

        assertThat(events).as("redelivering it would never help").containsExactly("ack", "ack");
        assertThat(gateway.messages).isEmpty();
        assertThat(gateway.actions).isEmpty();
    }

    @Test
    void whenTheBotCouldNotCommitTheEventDingTalkGetsAnErrorAndRedelivers() {
        gateway.failure = new cn.jifending.bot.RetryLaterException("transient database failure after 5 tries",
                new java.sql.SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));

        sdkExecutor.execute(new FakeContext(DingTalkStreamTopics.BOT_MESSAGE_TOPIC, Payloads.read("text.json")));
        sdkExecutor.execute(new FakeContext(DingTalkStreamTopics.CARD_CALLBACK_TOPIC, Payloads.read("cardCallback.json")));

        assertThat(events).containsExactly("bot", "error", "bot", "error");
    }

    @Test
    void unreadablePayloadIsAcknowledgedWithoutReachingTheBot() {
        sdkExecutor.execute(new FakeContext(DingTalkStreamTopics.BOT_MESSAGE_TOPIC, "{\"msgtype\":\"text\"}"));
        sdkExecutor.execute(new FakeContext(DingTalkStreamTopics.CARD_CALLBACK_TOPIC, "{\"userId\":\"u\"}"));

        assertThat(events).containsExactly("ack", "ack");
        assertThat(gateway.messages).isEmpty();
        assertThat(gateway.actions).isEmpty();
    }

    @Test
    void theRealStreamClientBuilderAcceptsBothListeners() {
        var properties = new FakeDingTalkProperties().get();

        OpenDingTalkClient client = StreamConfiguration.client(properties, robot, card);

        assertThat(client).isNotNull();
    }

    @Test
    void connectionStartsAndStopsTheClientOnce() {
        List<String> calls = new CopyOnWriteArrayList<>();
        OpenDingTalkClient fakeClient = new OpenDingTalkClient() {
            @Override
            public void start() {
                calls.add("start");
            }

            @Override
            public void stop() {
                calls.add("stop");
            }
        };
        StreamConnection connection = new StreamConnection(() -> fakeClient);

        connection.start();
        connection.start();
        assertThat(connection.isRunning()).isTrue();
        assertThat(connection.isAutoStartup()).isTrue();
        connection.stop();
        connection.stop();

        assertThat(connection.isRunning()).isFalse();
        assertThat(calls).containsExactly("start", "stop");
    }

    /** Properties as the application would bind them in stream mode. */
    private static final class FakeDingTalkProperties {
        cn.jifending.dingtalk.DingTalkProperties get() {
            return new cn.jifending.dingtalk.DingTalkProperties(cn.jifending.dingtalk.DingTalkMode.STREAM, "key",
                    "secret", "robot", "", "", null, URI.create("https://api.dingtalk.com"),
                    URI.create("https://oapi.dingtalk.com"), "general-tpl.schema", Map.of(), Duration.ofSeconds(5),
                    Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofHours(1));
        }
    }

    /** What the SDK's WebSocket layer gives the executor: the frame, and where to answer. */
    private final class FakeContext implements Context {

        private final ProtocolRequestFacade request;
        Throwable error;

        FakeContext(String topic, String data) {
            this.request = StreamFrames.callback("frame-1", topic, data);
        }

        @Override
        public void replay(Object response) {
            events.add("ack");
        }

        @Override
        public void exception(Throwable throwable) {
            error = throwable;
            events.add("error");
        }

        @Override
        public String connectionId() {
            return "connection-1";
        }

        @Override
        public ProtocolRequestFacade getRequest() {
            return request;
        }
    }
}
