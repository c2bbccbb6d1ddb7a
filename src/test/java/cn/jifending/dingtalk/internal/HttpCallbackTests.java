package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jifending.bot.BotGateway;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** HTTP mode end to end through MockMvc: signature and token checks, parsing, and the call into the bot. */
@WebMvcTest(controllers = {RobotCallbackController.class, CardCallbackController.class})
@Import({DingTalkConfiguration.class, InboundConfiguration.class, CallbackErrors.class,
        HttpCallbackTests.TestBeans.class})
@TestPropertySource(properties = {
        "jifen.dingtalk.mode=http",
        "jifen.dingtalk.app-key=test-app-key",
        "jifen.dingtalk.app-secret=" + HttpCallbackTests.SECRET,
        "jifen.dingtalk.robot-code=dingtestrobot",
        "jifen.dingtalk.card-callback-token=" + HttpCallbackTests.TOKEN})
class HttpCallbackTests {

    static final String SECRET = "test-app-secret-0123456789";
    static final String TOKEN = "card-token-5f2c9a";
    static final Instant NOW = Instant.parse("2024-06-11T06:30:00Z");

    @TestConfiguration
    static class TestBeans {
        @Bean
        RecordingBotGateway recordingBotGateway() {
            return new RecordingBotGateway();
        }

        @Bean
        CardRegistry cardRegistry() {
            return CardRegistryDatabase.withApprovalCard(Clock.fixed(NOW, ZoneOffset.UTC));
        }

        @Bean
        cn.jifending.notification.MessageTemplates messageTemplates() {
            return new cn.jifending.notification.MessageTemplates() {
                @Override
                public String message(String name, java.util.Map<String, ?> model) {
                    return "card-expired".equals(name) ? "此卡片已失效\n" : name;
                }

                @Override
                public String card(String kind, java.util.Map<String, ?> model) {
                    return "{}";
                }
            };
        }

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordingBotGateway gateway;

    @Autowired
    BotGateway botGateway;

    @BeforeEach
    void reset() {
        gateway.reset();
    }

    @Test
    void validlySignedMessageReachesTheBot() throws Exception {
        long ts = NOW.toEpochMilli() - 1_000;
        mvc.perform(robot(Payloads.read("text.json")).header("timestamp", ts)
                        .header("sign", RobotRequestSigner.sign(SECRET, ts)))
                .andExpect(status().isOk());

        assertThat(botGateway).isSameAs(gateway);
        assertThat(gateway.messages).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("申报 志愿服务 2小时"));
    }

    @Test
    void timestampWithinAnHourIsAccepted() throws Exception {
        long ts = NOW.minus(Duration.ofMinutes(59)).toEpochMilli();
        mvc.perform(robot(Payloads.read("richText.json")).header("timestamp", ts)
                        .header("sign", RobotRequestSigner.sign(SECRET, ts)))
                .andExpect(status().isOk());

        assertThat(gateway.messages).singleElement()
                .satisfies(m -> assertThat(m.attachments()).hasSize(2));
    }

    @Test
    void wrongSignatureIsRejectedWithoutEffect() throws Exception {
        long ts = NOW.toEpochMilli();
        mvc.perform(robot(Payloads.read("text.json")).header("timestamp", ts)
                        .header("sign", RobotRequestSigner.sign("another-secret", ts)))
                .andExpect(status().isUnauthorized());

        assertThat(gateway.messages).isEmpty();
    }

    @Test
    void signatureOfAnotherTimestampIsRejected() throws Exception {
        long ts = NOW.toEpochMilli();
        mvc.perform(robot(Payloads.read("text.json")).header("timestamp", ts)
                        .header("sign", RobotRequestSigner.sign(SECRET, ts - 1)))
                .andExpect(status().isUnauthorized());

        assertThat(gateway.messages).isEmpty();
    }

    @Test
    void missingHeadersAreRejectedWithoutEffect() throws Exception {
        long ts = NOW.toEpochMilli();
        mvc.perform(robot(Payloads.read("text.json")).header("sign", RobotRequestSigner.sign(SECRET, ts)))
                .andExpect(status().isUnauthorized());
        mvc.perform(robot(Payloads.read("text.json")).header("timestamp", ts))
                .andExpect(status().isUnauthorized());
        mvc.perform(robot(Payloads.read("text.json")))
                .andExpect(status().isUnauthorized());

        assertThat(gateway.messages).isEmpty();
    }

    @Test
    void staleOrFutureTimestampIsRejectedEvenWhenCorrectlySigned() throws Exception {
        for (long ts : new long[] {NOW.minus(Duration.ofMinutes(61)).toEpochMilli(),
                NOW.plus(Duration.ofMinutes(61)).toEpochMilli()}) {
            mvc.perform(robot(Payloads.read("text.json")).header("timestamp", ts)
                            .header("sign", RobotRequestSigner.sign(SECRET, ts)))
                    .andExpect(status().isUnauthorized());
        }

        assertThat(gateway.messages).isEmpty();
    }

    @Test
    void malformedButSignedMessageIsBadRequest() throws Exception {
        long ts = NOW.toEpochMilli();
        mvc.perform(robot("{\"msgtype\":\"text\"}").header("timestamp", ts)
                        .header("sign", RobotRequestSigner.sign(SECRET, ts)))
                .andExpect(status().isBadRequest());

        assertThat(gateway.messages).isEmpty();
    }

    @Test
    void whenTheBotFailsDingTalkGetsNoSuccess() throws Exception {
        gateway.failure = new IllegalStateException("database down");
        long ts = NOW.toEpochMilli();

        assertThatThrownBy(() -> mvc.perform(robot(Payloads.read("text.json")).header("timestamp", ts)
                .header("sign", RobotRequestSigner.sign(SECRET, ts))))
                .hasRootCauseMessage("database down");
        assertThatThrownBy(() -> mvc.perform(card(TOKEN, Payloads.read("cardCallback.json"))))
                .hasRootCauseMessage("database down");
    }

    @Test
    void cardCallbackWithTheRegisteredTokenReachesTheBot() throws Exception {
        mvc.perform(card(TOKEN, Payloads.read("cardCallback.json"))).andExpect(status().isOk());

        assertThat(gateway.actions).singleElement().satisfies(a -> {
            assertThat(a.outTrackId()).isEqualTo("decl-42-approval");
            assertThat(a.actionId()).isEqualTo("declaration.approve");
            assertThat(a.params()).containsEntry("declarationId", "42");
        });
    }

    @Test
    void pressOnAnUnknownCardIsAnsweredAsExpiredWithoutEffect() throws Exception {
        String unknown = Payloads.read("cardCallback.json").replace("decl-42-approval", "never-sent");

        mvc.perform(card(TOKEN, unknown)).andExpect(status().isOk())
                .andExpect(jsonPath("$.cardData.cardParamMap.status").value("此卡片已失效"))
                .andExpect(jsonPath("$.cardData.cardParamMap.btn1_show").value("false"))
                .andExpect(jsonPath("$.cardUpdateOptions.updateCardDataByKey").value(true));

        assertThat(gateway.actions).isEmpty();
    }

    @Test
    void cardCallbackWithAnotherTokenIsRejectedWithoutEffect() throws Exception {
        mvc.perform(card("card-token-5f2c9b", Payloads.read("cardCallback.json")))
                .andExpect(status().isUnauthorized());
        mvc.perform(card(TOKEN + "x", Payloads.read("cardCallback.json")))
                .andExpect(status().isUnauthorized());

        assertThat(gateway.actions).isEmpty();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder robot(String body) {
        return post("/dingtalk/robot").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder card(String token,
                                                                                                   String body) {
        return post("/dingtalk/card/{token}", token).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
