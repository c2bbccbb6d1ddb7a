package cn.jifending.dingtalk.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fake DingTalk of the crash test: {@link FakeDingTalk} (token) plus every endpoint a declaration's
 * replies and cards use, answering with DingTalk's success shapes. {@link #texts()} reads back every text
 * reply (one-to-one {@code batchSend}, group send, or the message's {@code sessionWebhook}) per recipient.
 */
final class CrashDingTalk implements AutoCloseable {

    static final String BATCH_SEND = "/v1.0/robot/oToMessages/batchSend";
    static final String GROUP_SEND = "/v1.0/robot/groupMessages/send";
    static final String SESSION_WEBHOOK = "/robot/sendBySession";
    static final List<String> CARD_PATHS = List.of("/v1.0/im/v1.0/robot/interactiveCards/send",
            "/v1.0/im/robots/interactiveCards", "/v1.0/card/instances/createAndDeliver", "/v1.0/card/instances");

    /** One text that reached the fake for one recipient ({@code session:<id>} for a session webhook). */
    record Text(String recipient, String content, Instant at) {
    }

    final FakeDingTalk fake = new FakeDingTalk();

    CrashDingTalk() {
        var server = fake.server;
        server.stubFor(post(urlPathEqualTo(BATCH_SEND)).willReturn(FakeDingTalk.json("{\"processQueryKey\":\"crash\"}")));
        server.stubFor(post(urlPathEqualTo(GROUP_SEND)).willReturn(FakeDingTalk.json("{\"processQueryKey\":\"crash\"}")));
        server.stubFor(post(urlPathEqualTo(SESSION_WEBHOOK))
                .willReturn(FakeDingTalk.json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        server.stubFor(post(urlPathEqualTo(CARD_PATHS.get(0))).willReturn(FakeDingTalk.json("{\"processQueryKey\":\"crash\"}")));
        server.stubFor(put(urlPathEqualTo(CARD_PATHS.get(1))).willReturn(FakeDingTalk.json("{\"processQueryKey\":\"crash\"}")));
        server.stubFor(post(urlPathEqualTo(CARD_PATHS.get(2))).willReturn(FakeDingTalk.json(
                "{\"success\":true,\"result\":{\"outTrackId\":\"crash\",\"deliverResults\":[]}}")));
        server.stubFor(put(urlPathEqualTo(CARD_PATHS.get(3))).willReturn(FakeDingTalk.json("{\"success\":true,\"result\":true}")));
        server.stubFor(post(urlPathEqualTo("/v1.0/card/callbacks/register")).willReturn(FakeDingTalk.json(
                "{\"success\":true,\"result\":{\"callbackUrl\":\"crash\",\"apiSecret\":\"crash\"}}")));
    }

    String baseUrl() {
        return fake.baseUrl();
    }

    int requestCount() {
        return fake.allRequests().size();
    }

    /** Every text reply, one entry per recipient of each call. */
    List<Text> texts() {
        List<Text> texts = new ArrayList<>();
        for (LoggedRequest r : fake.requests(BATCH_SEND)) {
            JsonNode body = FakeDingTalk.body(r);
            String content = paramText(body.path("msgParam").asString(""));
            for (JsonNode user : body.path("userIds")) {
                texts.add(new Text(user.asString(), content, r.getLoggedDate().toInstant()));
            }
        }
        for (LoggedRequest r : fake.requests(GROUP_SEND)) {
            JsonNode body = FakeDingTalk.body(r);
            texts.add(new Text("group:" + body.path("openConversationId").asString(""),
                    paramText(body.path("msgParam").asString("")), r.getLoggedDate().toInstant()));
        }
        for (LoggedRequest r : fake.requests(SESSION_WEBHOOK)) {
            JsonNode body = FakeDingTalk.body(r);
            String content = body.path("text").path("content").asString("")
                    + body.path("markdown").path("text").asString("");
            String session = r.queryParameter("session").isPresent() ? r.queryParameter("session").firstValue() : "";
            texts.add(new Text("session:" + session, content, r.getLoggedDate().toInstant()));
        }
        return texts;
    }

    /** Every body of a call that creates a card (built-in send or createAndDeliver; not updates), as text. */
    List<String> createdCardBodies() {
        List<String> bodies = new ArrayList<>();
        for (String path : List.of(CARD_PATHS.get(0), CARD_PATHS.get(2))) {
            fake.requests(path).forEach(r -> bodies.add(r.getBodyAsString()));
        }
        return bodies;
    }

    private static String paramText(String msgParam) {
        if (msgParam.isBlank()) {
            return "";
        }
        JsonNode p = JsonMapper.shared().readTree(msgParam);
        return p.has("text") ? p.path("text").asString("") : p.path("content").asString("");
    }

    @Override
    public void close() {
        fake.close();
    }
}
