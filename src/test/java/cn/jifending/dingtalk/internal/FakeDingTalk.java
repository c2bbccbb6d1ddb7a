package cn.jifending.dingtalk.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import cn.jifending.dingtalk.DingTalkProperties;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A fake DingTalk (OpenAPI and oapi on one WireMock server on a free port). */
final class FakeDingTalk implements AutoCloseable {

    /** The general card template id the fake's properties name. */
    static final String GENERAL_TEMPLATE = "general-tpl.schema";

    final WireMockServer server;

    FakeDingTalk() {
        this(new com.github.tomakehurst.wiremock.extension.Extension[0]);
    }

    /** A fake with WireMock extensions (e.g. {@link FakeCardPlatform}'s strict card endpoints). */
    FakeDingTalk(com.github.tomakehurst.wiremock.extension.Extension... extensions) {
        server = new WireMockServer(options().dynamicPort().extensions(extensions));
        server.start();
        issueTokens("token-1");
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    DingTalkProperties properties(Map<String, String> cardTemplates, Duration readTimeout) {
        return new DingTalkProperties(null, "app-key-1", "app-secret-1", "dingrobot01", "card-token", "",
                null, URI.create(baseUrl()), URI.create(baseUrl()), GENERAL_TEMPLATE, cardTemplates, Duration.ofSeconds(2), readTimeout, Duration.ofMinutes(5), Duration.ofHours(1));
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

    @Override
    public void close() {
        server.stop();
    }
}
