package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.bot.BotGateway;
import cn.jifending.dingtalk.DingTalkContacts;
import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.notification.Messenger;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which DingTalk beans each connection mode creates (stream mode is not started here: it would dial DingTalk). */
class ModeBeansTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(DingTalkConfiguration.class, InboundConfiguration.class,
                    OutboundConfiguration.class, StreamConfiguration.class)
            .withBean(BotGateway.class, RecordingBotGateway::new)
            .withBean(CardMapper.class, CardRegistryDatabase::create)
            .withBean(MessageTemplates.class, () -> new MessageTemplates() {
                @Override
                public String message(String name, Map<String, ?> model) {
                    return name;
                }

                @Override
                public String card(String kind, Map<String, ?> model) {
                    return "{}";
                }
            });

    @Test
    void sandboxByDefaultHasNoDingTalkBeans() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(DingTalkProperties.class).hasSingleBean(Clock.class);
            assertThat(context).doesNotHaveBean(Messenger.class).doesNotHaveBean(DingTalkContacts.class)
                    .doesNotHaveBean(StreamConnection.class).doesNotHaveBean(RobotMessageParser.class);
        });
    }

    @Test
    void httpModeHasTheOpenApiSideAndTheSignatureCheckButNoStreamClient() {
        runner.withPropertyValues("jifen.dingtalk.mode=http", "jifen.dingtalk.app-key=k",
                        "jifen.dingtalk.app-secret=s", "jifen.dingtalk.robot-code=r",
                        "jifen.dingtalk.card-template-id=tpl", "jifen.dingtalk.card-callback-token=t",
                        "jifen.dingtalk.callback-base-url=https://jifen.example.cn",
                        // nothing listens there: the start-up registration fails fast and shows in health
                        "jifen.dingtalk.api-endpoint=http://127.0.0.1:9")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(Messenger.class).hasSingleBean(DingTalkContacts.class)
                            .hasSingleBean(RobotSignatureVerifier.class).hasSingleBean(RobotMessageParser.class)
                            .hasSingleBean(CardPresses.class).hasSingleBean(CardCallbackRegistration.class);
                    assertThat(context.getBean(CardCallbackRegistration.class).health().getStatus().getCode())
                            .isEqualTo("DOWN");
                    assertThat(context.getBean(Messenger.class)).isInstanceOf(SessionWebhookMessenger.class);
                    assertThat(context).doesNotHaveBean(StreamConnection.class)
                            .doesNotHaveBean(StreamRobotListener.class);
                });
    }

    @Test
    void connectedModeWithoutCredentialsFailsAtStartup() {
        runner.withPropertyValues("jifen.dingtalk.mode=http")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().hasRootCauseMessage("DingTalk stream/http mode needs jifen.dingtalk.app-key, "
                                + "app-secret and robot-code (DINGTALK_APP_KEY, DINGTALK_APP_SECRET, DINGTALK_ROBOT_CODE)"));
    }

    @Test
    void connectedModeWithoutACardTemplateFailsAtStartupNamingTheProperty() {
        runner.withPropertyValues("jifen.dingtalk.mode=http", "jifen.dingtalk.app-key=k",
                        "jifen.dingtalk.app-secret=s", "jifen.dingtalk.robot-code=r")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("jifen.dingtalk.card-template-id"));
    }

    @Test
    void httpModeWithoutACallbackUrlFailsAtStartupNamingTheProperty() {
        runner.withPropertyValues("jifen.dingtalk.mode=http", "jifen.dingtalk.app-key=k",
                        "jifen.dingtalk.app-secret=s", "jifen.dingtalk.robot-code=r",
                        "jifen.dingtalk.card-template-id=tpl")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("jifen.dingtalk.callback-base-url"));
    }

    @Test
    void credentialsAloneMeanStreamMode() {
        // the connection is replaced (same bean name) so that nothing dials DingTalk
        NoopClient client = new NoopClient();
        runner.withAllowBeanDefinitionOverriding(true)
                .withPropertyValues("jifen.dingtalk.app-key=k", "jifen.dingtalk.app-secret=s",
                        "jifen.dingtalk.robot-code=r", "jifen.dingtalk.card-template-id=tpl")
                .withBean("dingTalkStreamConnection", StreamConnection.class, () -> new StreamConnection(() -> client))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(StreamRobotListener.class)
                            .hasSingleBean(StreamCardListener.class).hasSingleBean(Messenger.class)
                            .hasSingleBean(StreamConnection.class).doesNotHaveBean(RobotSignatureVerifier.class);
                    assertThat(context.getBean(StreamConnection.class).isRunning()).isTrue();
                    assertThat(client.started).isTrue();
                });
    }

    private static final class NoopClient implements com.dingtalk.open.app.api.OpenDingTalkClient {
        volatile boolean started;

        @Override
        public void start() {
            started = true;
        }

        @Override
        public void stop() {
        }
    }
}
