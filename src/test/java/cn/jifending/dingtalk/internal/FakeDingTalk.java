package cn.jifending.dingtalk.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import cn.jifending.dingtalk.DingTalkProperties;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A fake DingTalk (OpenAPI and oapi on one WireMock server on a free port). */
final class FakeDingTalk implements AutoCloseable {

    static final String QPS_LIMIT = "qps-limit";

    /** The general card template id the fake's properties name. */
    static final String GENERAL_TEMPLATE = "general-tpl.schema";

    final WireMockServer server;

    FakeDingTalk() {
        this(new com.github.tomakehurst.wiremock.extension.Extension[0]);
    }

    /** A fake with WireMock extensions (e.g. {@link FakeCardPlatform}'s strict card endpoints). */
    FakeDingTalk(com.github.tomakehurst.wiremock.extension.Extension... extensions) {
        var all = new com.github.tomakehurst.wiremock.extension.Extension[extensions.length + 1];
        all[0] = new QpsLimit();
        System.arraycopy(extensions, 0, all, 1, extensions.length);
        server = new WireMockServer(options().dynamicPort().extensions(all));
        server.start();
        issueTokens("token-1");
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    DingTalkProperties properties(Map<String, String> cardTemplates, Duration readTimeout) {
        return new DingTalkProperties(null, "app-key-1", "app-secret-1", "dingrobot01", "card-token", "",
                null, URI.create(baseUrl()), URI.create(baseUrl()), GENERAL_TEMPLATE, cardTemplates,
                Duration.ofSeconds(2), readTimeout, Duration.ofMinutes(5), Duration.ofHours(1));
    }

    void issueTokens(String token) {
        server.stubFor(post(urlPathEqualTo("/v1.0/oauth2/accessToken"))
                .willReturn(json("{\"accessToken\":\"" + token + "\",\"expireIn\":7200}")));
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder error(int status, String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"" + code + "\",\"message\":\"fake " + status + "\",\"requestid\":\"r1\"}");
    }

    List<LoggedRequest> requests(String path) {
        return server.findAll(anyRequestedFor(urlPathEqualTo(path)));
    }

    List<LoggedRequest> allRequests() {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    static JsonNode body(LoggedRequest request) {
        return JsonMapper.shared().readTree(request.getBodyAsString());
    }

    /**
     * Like DingTalk's flow control: above {@code callsPerSecond} calls of the path within one second
     * (sliding), {@code POST path} answers HTTP 403 {@code Forbidden.AccessDenied.QpsLimitForAppkeyAndApi};
     * otherwise {@code answer}.
     */
    void throttleAbove(String path, int callsPerSecond, ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlPathEqualTo(path)).willReturn(answer.withTransformers(QPS_LIMIT)
                .withTransformerParameter("limit", callsPerSecond)));
    }

    /** api.dingtalk.com refuses {@code token} on {@code POST path} as DingTalk does a stale one: 400 InvalidAuthentication. */
    void refuseTokenOn(String path, String token) {
        server.stubFor(post(urlPathEqualTo(path)).atPriority(1)
                .withHeader("x-acs-dingtalk-access-token", equalTo(token))
                .willReturn(error(400, "InvalidAuthentication")));
    }

    /** oapi refuses {@code token} on {@code POST path} with {@code errcode} (40014 invalid, 42001 expired, 88). */
    void refuseOapiTokenOn(String path, String token, int errcode) {
        server.stubFor(post(urlPathEqualTo(path)).atPriority(1)
                .withQueryParam("access_token", equalTo(token))
                .willReturn(oapiError(errcode, "不合法的access_token")));
    }

    static ResponseDefinitionBuilder oapiError(int errcode, String errmsg) {
        return json("{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + "\",\"request_id\":\"r1\"}");
    }

    /** DingTalk's error answer of api.dingtalk.com with its real code and message. */
    static ResponseDefinitionBuilder error(int status, String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"requestid\":\"r1\"}");
    }

    /** The {@link #throttleAbove} transformer: a sliding one-second window of calls per path. */
    static final class QpsLimit implements ResponseDefinitionTransformerV2 {

        private final Map<String, Deque<Long>> calls = new ConcurrentHashMap<>();

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            int limit = event.getTransformerParameters().getInt("limit");
            long now = System.nanoTime();
            Deque<Long> window = calls.computeIfAbsent(event.getRequest().getUrl().replaceAll("\\?.*", ""),
                    path -> new ArrayDeque<>());
            synchronized (window) {
                while (!window.isEmpty() && now - window.peekFirst() >= 1_000_000_000L) {
                    window.removeFirst();
                }
                window.addLast(now);
                if (window.size() > limit) {
                    return error(403, OpenApiFailures.QPS_LIMIT_FOR_APPKEY_AND_API,
                            "应用调用该接口的并发量超过限制").build();
                }
            }
            return event.getResponseDefinition();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return QPS_LIMIT;
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
