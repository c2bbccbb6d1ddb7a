package cn.jifending.dingtalk.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.MutableClock;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.Messenger;
import cn.jifending.notification.OutgoingMessage;
import cn.jifending.notification.OutgoingMessage.Kind;
import cn.jifending.notification.ReplyWebhook;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Replies through the inbound message's sessionWebhook against the fake DingTalk: the body the
 * Stream SDK's replier sends, DingTalk's {@code errcode} answer, and every fallback to the ordinary
 * send (recorded by a fake channel standing in for batchSend / orgGroupSend).
 */
class SessionWebhookMessengerTests {

    private static final String SESSION = "/robot/sendBySession";

    private FakeDingTalk fake;
    private final MutableClock clock = new MutableClock(Instant.parse("2024-06-11T06:30:00Z"));
    private final List<OutgoingMessage> ordinary = new ArrayList<>();
    private SessionWebhookMessenger messenger;

    @BeforeEach
    void start() {
        fake = new FakeDingTalk();
        Messenger openApi = new Messenger() {
            @Override
            public void send(OutgoingMessage message) {
                ordinary.add(message);
            }

            @Override
            public byte[] download(String downloadCode) {
                return new byte[] {7};
            }
        };
        messenger = new SessionWebhookMessenger(openApi, fake.properties(Map.of(), Duration.ofSeconds(3)), clock);
        fake.server.stubFor(post(urlPathEqualTo(SESSION)).willReturn(FakeDingTalk.json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aMarkdownReplyIsPostedToTheWebhookOnlyWhileValid() throws Exception {
        messenger.send(reply(Kind.MARKDOWN, webhook(Duration.ofMinutes(30))));

        var request = fake.requests(SESSION);
        assertThat(request).hasSize(1);
        assertThat(request.get(0).getQueryParams().get("session").firstValue()).isEqualTo("s1");
        JsonNode body = FakeDingTalk.body(request.get(0));
        assertThat(body.path("msgtype").stringValue()).isEqualTo("markdown");
        assertThat(body.path("markdown").path("title").stringValue()).isEqualTo("收到");
        assertThat(body.path("markdown").path("text").stringValue()).isEqualTo("**收到**，已记录");
        assertThat(ordinary).isEmpty();
    }

    @Test
    void aTextReplyUsesTheTextBody() throws Exception {
        messenger.send(reply(Kind.TEXT, webhook(Duration.ofMinutes(30))));

        JsonNode body = FakeDingTalk.body(fake.requests(SESSION).get(0));
        assertThat(body.path("msgtype").stringValue()).isEqualTo("text");
        assertThat(body.path("text").path("content").stringValue()).isEqualTo("**收到**，已记录");
    }

    @Test
    void anExpiredOrAlmostExpiredWebhookIsNotUsed() throws Exception {
        messenger.send(reply(Kind.MARKDOWN, webhook(Duration.ofSeconds(-1))));
        messenger.send(reply(Kind.MARKDOWN, webhook(Duration.ofSeconds(10))));

        assertThat(fake.requests(SESSION)).isEmpty();
        assertThat(ordinary).hasSize(2).allSatisfy(m -> assertThat(m.replyWebhook()).isNull());
    }

    @Test
    void aWebhookThatAnswersAnErrorFallsBackToTheOrdinarySend() throws Exception {
        fake.server.stubFor(post(urlPathEqualTo(SESSION))
                .willReturn(FakeDingTalk.json("{\"errcode\":300001,\"errmsg\":\"session expired\"}")));
        messenger.send(reply(Kind.MARKDOWN, webhook(Duration.ofMinutes(30))));

        fake.server.stubFor(post(urlPathEqualTo(SESSION)).willReturn(aResponse().withStatus(503)));
        messenger.send(reply(Kind.MARKDOWN, webhook(Duration.ofMinutes(30))));

        assertThat(fake.requests(SESSION)).hasSize(2);
        assertThat(ordinary).hasSize(2).allSatisfy(m -> assertThat(m.userIds()).containsExactly("member-1"));
    }

    @Test
    void aWebhookThatGivesNoAnswerIsNeitherResentNorSentAnotherWay() {
        fake.server.stubFor(post(urlPathEqualTo(SESSION))
                .willReturn(FakeDingTalk.json("{\"errcode\":0,\"errmsg\":\"ok\"}").withFixedDelay(6_000)));

        assertThatThrownBy(() -> messenger.send(reply(Kind.MARKDOWN, webhook(Duration.ofMinutes(30)))))
                .isInstanceOfSatisfying(DingTalkCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.UNCERTAIN);
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(ordinary).as("the webhook may have taken it").isEmpty();
        assertThat(fake.requests(SESSION)).hasSize(1);
    }

    @Test
    void aWebhookOffTheOapiHostIsNeverCalled() throws Exception {
        messenger.send(reply(Kind.MARKDOWN, new ReplyWebhook("http://169.254.169.254/robot/sendBySession?session=s1",
                clock.instant().plus(Duration.ofMinutes(30)))));

        assertThat(fake.allRequests()).isEmpty();
        assertThat(ordinary).hasSize(1);
    }

    @Test
    void cardsFilesAndMessagesWithoutAWebhookGoTheOrdinaryWay() throws Exception {
        messenger.send(new OutgoingMessage(2, Kind.CARD, List.of("member-1"), null, "卡片", "{}", "notice", "t-1",
                Map.of(), null, webhook(Duration.ofMinutes(30))));
        messenger.send(reply(Kind.MARKDOWN, null));

        assertThat(fake.requests(SESSION)).isEmpty();
        assertThat(ordinary).hasSize(2);
        assertThat(messenger.download("code")).containsExactly(7);
    }

    private ReplyWebhook webhook(Duration validFor) {
        return new ReplyWebhook(fake.baseUrl() + SESSION + "?session=s1", clock.instant().plus(validFor));
    }

    private static OutgoingMessage reply(Kind kind, ReplyWebhook webhook) {
        return new OutgoingMessage(1, kind, List.of("member-1"), null, "收到", "**收到**，已记录", null, null, Map.of(),
                null, webhook);
    }
}
