package cn.jifending.dingtalk.internal;

import cn.jifending.MutableClock;
import static cn.jifending.dingtalk.internal.FakeDingTalk.body;
import static cn.jifending.dingtalk.internal.FakeDingTalk.error;
import static cn.jifending.dingtalk.internal.FakeDingTalk.json;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.bot.CardAction;
import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.OutgoingMessage;
import cn.jifending.notification.OutgoingMessage.Kind;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Card kinds without a custom template: DingTalk's built-in StandardCard through the real SDK against a fake server. */
class StandardCardMessengerTests {

    private static final String SEND = "/v1.0/im/v1.0/robot/interactiveCards/send";
    private static final String UPDATE = "/v1.0/im/robots/interactiveCards";
    private static final String CREATE_AND_DELIVER = "/v1.0/card/instances/createAndDeliver";
    private static final String APPROVAL_LAYOUT = """
            {"title":"特色分申报待审批（42号）","markdown":"**赵强** 志愿服务 2分",
             "inputs":[{"name":"reason","label":"驳回理由"},{"name":"points","label":"调整后的分值"}],
             "buttons":[{"text":"通过","actionId":"declaration.approve"},{"text":"驳回","actionId":"declaration.reject"}]}""";
    private static final Map<String, String> PARAMS = Map.of("id", "42", "points", "2");

    private final JdbcClient jdbc = CardInstanceDatabase.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2024-06-11T06:30:00Z"));
    private FakeDingTalk fake;
    private CardInstances instances;
    private DingTalkMessenger messenger;

    @BeforeEach
    void start() {
        fake = new FakeDingTalk();
        instances = new CardInstances(jdbc, clock);
        messenger = messenger(fake.properties(Map.of("approval", "approval-tpl.schema"), Duration.ofSeconds(5)), true);
        fake.server.stubFor(post(urlPathEqualTo(SEND)).willReturn(json("{\"processQueryKey\":\"pqk\"}")));
        fake.server.stubFor(put(urlPathEqualTo(UPDATE)).willReturn(json("{\"processQueryKey\":\"pqk\"}")));
        fake.server.stubFor(post(urlPathEqualTo(CREATE_AND_DELIVER)).willReturn(json("{\"success\":true}")));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private DingTalkMessenger messenger(DingTalkProperties properties, boolean stream) {
        OpenApiSdk sdk = new OpenApiSdk(properties);
        SdkCalls calls = new SdkCalls(new AccessTokens(sdk::issueToken, clock, properties.tokenRefreshMargin()));
        StandardCardLayout layout = new StandardCardLayout(labels -> "请回复：" + String.join("、", labels));
        PlainHttp http = new PlainHttp(properties);
        return new DingTalkMessenger(sdk, calls, http, null,
                new RobotInteractiveCards(sdk, calls, instances, layout, properties, stream), properties, stream);
    }

    @Test
    void cardGoesToEachRecipientAsAStandardCardBuiltFromTheLayout() throws Exception {
        messenger.send(card(List.of("u1", "u2"), null));

        List<LoggedRequest> calls = fake.requests(SEND);
        assertThat(calls).hasSize(2);
        assertThat(fake.requests(CREATE_AND_DELIVER)).isEmpty();
        for (int i = 0; i < 2; i++) {
            LoggedRequest call = calls.get(i);
            assertThat(call.getMethod().getName()).isEqualTo("POST");
            assertThat(call.getHeader("x-acs-dingtalk-access-token")).isEqualTo("token-1");
            JsonNode body = body(call);
            assertThat(body.path("cardTemplateId").stringValue()).isEqualTo("StandardCard");
            assertThat(body.path("robotCode").stringValue()).isEqualTo("dingrobot01");
            assertThat(body.has("openConversationId")).isFalse();
            assertThat(body.has("callbackUrl")).as("stream mode: callbacks come on the stream topic").isFalse();
            assertThat(body.path("singleChatReceiver").isString()).isTrue();
            assertThat(parse(body.path("singleChatReceiver")).path("userId").stringValue()).isEqualTo("u" + (i + 1));
            assertThat(body.path("cardData").isString()).isTrue();
            JsonNode card = parse(body.path("cardData"));
            assertThat(card.path("header").path("title").path("text").stringValue()).isEqualTo("特色分申报待审批（42号）");
            JsonNode contents = card.path("contents");
            assertThat(contents.get(0).path("type").stringValue()).isEqualTo("markdown");
            assertThat(contents.get(0).path("text").stringValue()).isEqualTo("**赵强** 志愿服务 2分");
            assertThat(contents.get(1).path("text").stringValue()).isEqualTo("请回复：驳回理由、调整后的分值");
            JsonNode action = contents.get(2);
            assertThat(action.path("type").stringValue()).isEqualTo("action");
            assertThat(action.path("actions").values()).extracting(b -> b.path("id").stringValue())
                    .containsExactly("declaration.approve", "declaration.reject");
            assertThat(action.path("actions").values()).extracting(b -> b.path("label").path("text").stringValue())
                    .containsExactly("通过", "驳回");
            assertThat(action.path("actions").values()).allSatisfy(b -> {
                assertThat(b.path("type").stringValue()).isEqualTo("button");
                assertThat(b.path("actionType").stringValue()).isEqualTo("request");
            });
        }
        assertThat(calls).extracting(c -> body(c).path("cardBizId").stringValue())
                .containsExactly("decl-42-approval", "decl-42-approval-2");
        assertThat(instances.cardBizIdsOf("decl-42-approval")).containsExactly("decl-42-approval", "decl-42-approval-2");
    }

    @Test
    void groupCardIsOneCallToTheConversation() throws Exception {
        messenger.send(card(List.of(), "cidGroup=="));

        JsonNode body = body(single(SEND));
        assertThat(body.path("openConversationId").stringValue()).isEqualTo("cidGroup==");
        assertThat(body.has("singleChatReceiver")).isFalse();
        assertThat(body.path("cardBizId").stringValue()).isEqualTo("decl-42-approval");
        assertThat(body.path("cardTemplateId").stringValue()).isEqualTo("StandardCard");
    }

    @Test
    void updateReplacesTheCardDataOfEveryInstance() throws Exception {
        messenger.send(card(List.of("u1", "u2"), null));

        messenger.send(new OutgoingMessage(2, Kind.CARD_UPDATE, List.of(), null, "已通过", """
                {"title":"特色分申报（42号）已通过","markdown":"李明 通过","buttons":[]}""",
                "declaration-approval", "decl-42-approval", Map.of("id", "42"), null));

        List<LoggedRequest> updates = fake.requests(UPDATE);
        assertThat(updates).extracting(r -> r.getMethod().getName()).containsOnly("PUT");
        assertThat(updates).extracting(r -> body(r).path("cardBizId").stringValue())
                .containsExactly("decl-42-approval", "decl-42-approval-2");
        for (LoggedRequest update : updates) {
            assertThat(update.getHeader("x-acs-dingtalk-access-token")).isEqualTo("token-1");
            JsonNode card = parse(body(update).path("cardData"));
            assertThat(card.path("header").path("title").path("text").stringValue()).isEqualTo("特色分申报（42号）已通过");
            assertThat(card.path("contents").values()).extracting(c -> c.path("type").stringValue())
                    .containsExactly("markdown");
        }
    }

    @Test
    void updateOfACardNotYetDeliveredIsRetryable() {
        assertThatThrownBy(() -> messenger.send(new OutgoingMessage(2, Kind.CARD_UPDATE, List.of(), null, null, "{}",
                "declaration-approval", "never-sent", Map.of(), null)))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(fake.requests(UPDATE)).isEmpty();
    }

    @Test
    void throttlingAndServerErrorsAreRetryableAndTheRetrySkipsWhoAlreadyHasTheCard() throws Exception {
        for (int status : new int[] {429, 500, 503}) {
            fake.server.stubFor(post(urlPathEqualTo(SEND)).willReturn(error(status, "Throttling")));
            assertThatThrownBy(() -> messenger.send(card(List.of("u1"), null)))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable())
                            .as("HTTP %d", status).isTrue());
        }
        fake.server.stubFor(put(urlPathEqualTo(UPDATE)).willReturn(error(503, "ServiceUnavailable")));
        fake.server.stubFor(post(urlPathEqualTo(SEND)).willReturn(json("{\"processQueryKey\":\"pqk\"}")));
        messenger.send(card(List.of("u1"), null));
        assertThatThrownBy(() -> messenger.send(new OutgoingMessage(2, Kind.CARD_UPDATE, List.of(), null, null, "{}",
                "declaration-approval", "decl-42-approval", Map.of(), null)))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());

        fake.server.resetRequests();
        messenger.send(card(List.of("u1", "u2"), null));
        assertThat(fake.requests(SEND)).extracting(r -> body(r).path("cardBizId").stringValue())
                .containsExactly("decl-42-approval-2");
    }

    @Test
    void httpModeGivesTheRegisteredRouteKey() throws Exception {
        var base = fake.properties(Map.of(), Duration.ofSeconds(5));
        var http = new DingTalkProperties(null, base.appKey(), base.appSecret(), base.robotCode(), "card-token",
                "jifen-route", base.apiEndpoint(), base.oapiEndpoint(), DingTalkProperties.BUILT_IN_CARD_TEMPLATE,
                Map.of(), base.connectTimeout(), base.readTimeout(), base.tokenRefreshMargin(), base.signatureMaxSkew());
        messenger(http, false).send(card(List.of("u1"), null));

        assertThat(body(single(SEND)).path("callbackUrl").stringValue()).isEqualTo("jifen-route");
    }

    @Test
    void customTemplatePathIsUnchanged() throws Exception {
        messenger.send(new OutgoingMessage(3, Kind.CARD, List.of("u1"), null, "审批", APPROVAL_LAYOUT, "approval",
                "decl-7-approval", PARAMS, null));

        assertThat(fake.requests(SEND)).isEmpty();
        JsonNode body = body(single(CREATE_AND_DELIVER));
        assertThat(body.path("cardTemplateId").stringValue()).isEqualTo("approval-tpl.schema");
        assertThat(body.path("cardData").path("cardParamMap").path("id").stringValue()).isEqualTo("42");
    }

    @Test
    void aPressOnASecondInstanceBecomesAnActionOnTheCardWithItsParams() throws Exception {
        messenger.send(card(List.of("u1", "u2"), null));
        var parser = new CardCallbackParser(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), instances::find);

        CardAction action = parser.parse(Payloads.read("standardCardCallback.json"));

        assertThat(action.outTrackId()).isEqualTo("decl-42-approval");
        assertThat(action.userId()).isEqualTo("u2");
        assertThat(action.actionId()).isEqualTo("declaration.approve");
        assertThat(action.params()).containsExactlyInAnyOrderEntriesOf(Map.of("id", "42", "points", "2"));
    }

    private static OutgoingMessage card(List<String> users, String group) {
        return new OutgoingMessage(1, Kind.CARD, users, group, "特色分申报待审批（42号）", APPROVAL_LAYOUT,
                "declaration-approval", "decl-42-approval", PARAMS, null);
    }

    private LoggedRequest single(String path) {
        List<LoggedRequest> requests = fake.requests(path);
        assertThat(requests).as(path).hasSize(1);
        return requests.get(0);
    }

    private static JsonNode parse(JsonNode jsonString) {
        return JsonMapper.shared().readTree(jsonString.stringValue());
    }

}
