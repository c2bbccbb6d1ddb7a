package cn.jifending.dingtalk.internal;

import static cn.jifending.dingtalk.internal.FakeDingTalk.error;
import static cn.jifending.dingtalk.internal.FakeDingTalk.json;
import static cn.jifending.dingtalk.internal.FakeDingTalk.oapiError;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.MutableClock;
import cn.jifending.dingtalk.DingTalkPacingProperties;
import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.OutgoingMessage;
import cn.jifending.notification.OutgoingMessage.Kind;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row of the error policy (src/docs/dingtalk-errors.md), through the real SDK against the fake DingTalk. */
class DingTalkErrorsTests {

    private static final String BATCH_SEND = "/v1.0/robot/oToMessages/batchSend";
    private static final String TOKEN = "/v1.0/oauth2/accessToken";
    private static final String USER_LIST = "/topapi/v2/user/list";

    private final AtomicLong nanos = new AtomicLong();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final List<String> alarms = new CopyOnWriteArrayList<>();
    private FakeDingTalk fake;
    private DingTalkMessenger messenger;
    private OapiClient oapi;

    @BeforeEach
    void start() {
        fake = new FakeDingTalk();
        DingTalkProperties properties = fake.properties(Map.of(), Duration.ofSeconds(2));
        OpenApiSdk sdk = new OpenApiSdk(properties);
        AccessTokens tokens = new AccessTokens(sdk::issueToken, new MutableClock(Instant.parse("2024-06-11T06:30:00Z")),
                properties.tokenRefreshMargin());
        DingTalkPacingProperties pacing = DingTalkPacingProperties.defaults();
        ApiRateLimiter limiter = new ApiRateLimiter(pacing, nanos::get, d -> {
            sleeps.add(d);
            nanos.addAndGet(d.toNanos());
        });
        SdkCalls calls = new SdkCalls(tokens, limiter, pacing, (api, retryAfter) -> alarms.add(api));
        PlainHttp http = new PlainHttp(properties);
        oapi = new OapiClient(properties, calls, http);
        var cards = new PlatformCards(sdk, calls, new CardRegistry(CardRegistryDatabase.create(),
                new MutableClock(Instant.EPOCH)), properties, true);
        messenger = new DingTalkMessenger(sdk, calls, http, new MediaUploader(oapi), cards, properties);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {OpenApiFailures.QPS_LIMIT_FOR_API, OpenApiFailures.QPS_LIMIT_FOR_APPKEY_AND_API})
    void qpsLimitIsWaitedOutForAtLeastASecondAndRetried(String code) throws Exception {
        firstThen(BATCH_SEND, error(403, code, "调用该接口的并发量超过限制"), json("{\"processQueryKey\":\"pqk\"}"));

        messenger.send(text("u1"));

        assertThat(fake.requests(BATCH_SEND)).hasSize(2);
        assertThat(sleeps).anySatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void throttledOnEveryTryIsRetryableAfterAtLeastASecond() {
        fake.server.stubFor(post(urlPathEqualTo(BATCH_SEND))
                .willReturn(error(403, OpenApiFailures.QPS_LIMIT_FOR_API, "调用该接口的并发量超过限制")));

        assertThatThrownBy(() -> messenger.send(text("u1"))).isInstanceOfSatisfying(DeliveryException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
        });
        assertThat(fake.requests(BATCH_SEND)).hasSize(DingTalkPacingProperties.defaults().throttleAttempts());
    }

    @Test
    void theFakeThrottlesAboveItsLimitAndTheLimiterKeepsUnderIt() throws Exception {
        fake.throttleAbove(BATCH_SEND, 3, json("{\"processQueryKey\":\"pqk\"}"));
        DingTalkProperties properties = fake.properties(Map.of(), Duration.ofSeconds(2));
        OpenApiSdk sdk = new OpenApiSdk(properties);
        AccessTokens tokens = new AccessTokens(sdk::issueToken, new MutableClock(Instant.EPOCH), Duration.ofMinutes(5));
        DingTalkPacingProperties onePerSecond = new DingTalkPacingProperties(1, Map.of(), Duration.ofSeconds(1), 3,
                Duration.ofHours(1));
        SdkCalls paced = new SdkCalls(tokens, new ApiRateLimiter(onePerSecond), onePerSecond, SdkCalls.QuotaAlarm.NONE);
        var pacedMessenger = new DingTalkMessenger(sdk, paced, new PlainHttp(properties), null, null, properties);

        for (int i = 0; i < 4; i++) {
            pacedMessenger.send(text("u" + i));
        }

        assertThat(fake.requests(BATCH_SEND)).hasSize(4); // paced to 1 per 1.2 s under a limit of 3/s: never refused
        assertThatThrownBy(() -> {
            for (int i = 0; i < 4; i++) {
                messenger.send(text("burst" + i)); // the unpaced fake clock lets a burst through
            }
        }).isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.getMessage()).contains("QpsLimit"));
    }

    @Test
    void usedUpQuotaWaitsLongAndRaisesTheAlarm() {
        fake.server.stubFor(post(urlPathEqualTo(BATCH_SEND))
                .willReturn(error(403, OpenApiFailures.API_COUNT_LIMIT_FOR_ORG, "您的企业本月api调用量已超过限制")));

        assertThatThrownBy(() -> messenger.send(text("u1"))).isInstanceOfSatisfying(DeliveryException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        });
        assertThat(alarms).containsExactly("robot oToMessages/batchSend");
        assertThat(fake.requests(BATCH_SEND)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401})
    void aStaleTokenIsDroppedRenewedOnceAndTheCallRetried(int status) throws Exception {
        fake.server.stubFor(post(urlPathEqualTo(BATCH_SEND)).willReturn(json("{\"processQueryKey\":\"pqk\"}")));
        messenger.send(text("u1"));
        if (status == 400) {
            fake.refuseTokenOn(BATCH_SEND, "token-1");
        } else {
            fake.server.stubFor(post(urlPathEqualTo(BATCH_SEND)).atPriority(1)
                    .withHeader("x-acs-dingtalk-access-token", com.github.tomakehurst.wiremock.client.WireMock.equalTo("token-1"))
                    .willReturn(error(401, "Unauthorized", "token expired")));
        }
        fake.issueTokens("token-2");

        messenger.send(text("u1"));

        assertThat(fake.requests(TOKEN)).hasSize(2);
        assertThat(fake.requests(BATCH_SEND)).extracting(r -> r.getHeader("x-acs-dingtalk-access-token"))
                .containsExactly("token-1", "token-1", "token-2");
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 502, 503})
    void throttlingAndServerErrorsStayRetryable(int status) {
        fake.server.stubFor(post(urlPathEqualTo(BATCH_SEND)).willReturn(error(status, "ServiceUnavailable", "busy")));

        assertThatThrownBy(() -> messenger.send(text("u1")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void aGatewayTimeoutOfASendIsUncertainAndNotResent() {
        fake.server.stubFor(post(urlPathEqualTo(BATCH_SEND)).willReturn(error(504, "GatewayTimeout", "timeout")));

        assertThatThrownBy(() -> messenger.send(text("u1")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isFalse());
        assertThat(fake.requests(BATCH_SEND)).hasSize(1);
    }

    @Test
    void aGroupSendWhoseAnswerIsLostIsNotResent() throws Exception {
        DingTalkProperties slow = fake.properties(Map.of(), Duration.ofMillis(1_000));
        OpenApiSdk sdk = new OpenApiSdk(slow);
        SdkCalls calls = new SdkCalls(new AccessTokens(() -> new AccessTokens.Issued("t", Duration.ofHours(2)),
                new MutableClock(Instant.EPOCH), Duration.ofMinutes(5)));
        fake.server.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send"))
                .willReturn(json("{\"processQueryKey\":\"pqk\"}").withFixedDelay(3_000)));

        assertThatThrownBy(() -> new DingTalkMessenger(sdk, calls, new PlainHttp(slow), null, null, slow)
                .send(new OutgoingMessage(2, Kind.TEXT, List.of(), "cidGroup1==", null, "通知", null, null, Map.of(), null)))
                .isInstanceOfSatisfying(DingTalkCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.UNCERTAIN);
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(fake.requests("/v1.0/robot/groupMessages/send")).hasSize(1);
    }

    @Test
    void aConnectionThatCannotBeMadeIsRetryable() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DingTalkProperties nowhere = new DingTalkProperties(null, "k", "s", "r", "t", "jifending-cards", null,
                java.net.URI.create("http://127.0.0.1:" + closedPort), java.net.URI.create("http://127.0.0.1:" + closedPort),
                FakeDingTalk.GENERAL_TEMPLATE, Map.of(), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofMinutes(5), Duration.ofHours(1));
        OpenApiSdk sdk = new OpenApiSdk(nowhere);
        SdkCalls calls = new SdkCalls(new AccessTokens(() -> new AccessTokens.Issued("t", Duration.ofHours(2)),
                new MutableClock(Instant.EPOCH), Duration.ofMinutes(5)));

        assertThatThrownBy(() -> new DingTalkMessenger(sdk, calls, new PlainHttp(nowhere), null, null, nowhere)
                .send(text("u1"))).isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(ints = {40014, 42001, 88})
    void oapiTokenErrcodesRenewTheTokenOnceAndRetry(int errcode) throws Exception {
        fake.server.stubFor(post(urlPathEqualTo(USER_LIST)).willReturn(json("{\"errcode\":0,\"result\":{\"list\":[]}}")));
        oapi.postJson(USER_LIST, Map.of("dept_id", 1)); // token-1 is cached
        fake.refuseOapiTokenOn(USER_LIST, "token-1", errcode);
        fake.issueTokens("token-2");

        oapi.postJson(USER_LIST, Map.of("dept_id", 1));

        assertThat(fake.requests(USER_LIST)).extracting(r -> r.queryParameter("access_token").firstValue())
                .containsExactly("token-1", "token-1", "token-2");
    }

    @ParameterizedTest
    @ValueSource(ints = {90002, 90006, 90018, 90019})
    void oapiFlowControlIsWaitedOutAndRetried(int errcode) throws Exception {
        firstThen(USER_LIST, oapiError(errcode, "调用频率过快"), json("{\"errcode\":0,\"result\":{\"list\":[]}}"));

        oapi.postJson(USER_LIST, Map.of("dept_id", 1));

        assertThat(fake.requests(USER_LIST)).hasSize(2);
        assertThat(sleeps).anySatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void oapiUsedUpQuotaRaisesTheAlarm() {
        fake.server.stubFor(post(urlPathEqualTo(USER_LIST)).willReturn(oapiError(90020,
                "您的企业本月api调用量已超过限制,调用量:10001次,额度:10000次")));

        assertThatThrownBy(() -> oapi.postJson(USER_LIST, Map.of("dept_id", 1)))
                .isInstanceOfSatisfying(DingTalkCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.QUOTA_EXHAUSTED);
                    assertThat(e.retryAfter()).contains(Duration.ofHours(1));
                });
        assertThat(alarms).containsExactly("oapi " + USER_LIST);
    }

    @Test
    void oapiMissingPermissionAndIpFlowControl() {
        fake.server.stubFor(post(urlPathEqualTo(USER_LIST)).willReturn(json(
                "{\"errcode\":88,\"sub_code\":\"60011\",\"sub_msg\":\"没有调用该接口的权限\",\"errmsg\":\"ding talk error\"}")));
        assertThatThrownBy(() -> oapi.postJson(USER_LIST, Map.of("dept_id", 1)))
                .isInstanceOfSatisfying(DingTalkCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.NO_PERMISSION);
                    assertThat(e.retryable()).isFalse();
                });

        fake.server.stubFor(post(urlPathEqualTo(USER_LIST)).willReturn(json(
                "{\"status\":1111,\"wait\":5,\"source\":\"x5\",\"punish\":\"deny\",\"uuid\":\"u\"}")));
        assertThatThrownBy(() -> oapi.postJson(USER_LIST, Map.of("dept_id", 1)))
                .isInstanceOfSatisfying(DingTalkCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.THROTTLED);
                    assertThat(e.retryAfter()).contains(Duration.ofMinutes(5));
                });
    }

    private void firstThen(String path, ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        fake.server.stubFor(post(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(STARTED)
                .willReturn(first).willSetStateTo("answered"));
        fake.server.stubFor(post(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs("answered")
                .willReturn(then));
    }

    private static OutgoingMessage text(String user) {
        return new OutgoingMessage(1, Kind.TEXT, List.of(user), null, null, "你好", null, null, Map.of(), null);
    }
}
