package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.Messenger;
import cn.jifending.notification.OutgoingMessage;
import cn.jifending.notification.ReplyWebhook;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts TEXT and MARKDOWN replies to the {@code sessionWebhook} of the inbound robot message they
 * answer, while it is valid, in the body the Stream SDK's own replier sends: {@code {"msgtype":"text",
 * "text":{"content":…}}} or {@code {"msgtype":"markdown","markdown":{"title":…,"text":…}}}; DingTalk
 * answers {@code {"errcode":0,…}}. Every other message, a webhook that has expired (or expires within
 * {@link #EXPIRY_MARGIN}), one not on the oapi host, or one that answers an error or cannot be
 * connected to, goes through {@code delegate} (batchSend / orgGroupSend) instead. A request sent without
 * an answer (read timeout, reset) is {@link FailureKind#UNCERTAIN}, as for batchSend: the webhook may
 * have taken the message, so it is neither resent nor sent by another route; the committee admin sees it
 * among the dead letters ({@code 投递失败}) and may resend it ({@code 重发}).
 */
final class SessionWebhookMessenger implements Messenger {

    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(SessionWebhookMessenger.class);

    private final Messenger delegate;
    private final DingTalkProperties properties;
    private final Clock clock;
    private final HttpClient client;

    SessionWebhookMessenger(Messenger delegate, DingTalkProperties properties, Clock clock) {
        this.delegate = delegate;
        this.properties = properties;
        this.clock = clock;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void send(OutgoingMessage message) throws DeliveryException {
        ReplyWebhook webhook = message.replyWebhook();
        boolean text = message.kind() == OutgoingMessage.Kind.TEXT || message.kind() == OutgoingMessage.Kind.MARKDOWN;
        if (text && webhook != null && webhook.validAt(clock.instant(), EXPIRY_MARGIN) && onOapiHost(webhook)) {
            String failure = post(message, URI.create(webhook.url()));
            if (failure == null) {
                return;
            }
            log.info("Outbox message {}: the session webhook failed ({}); sending it the ordinary way",
                    message.id(), failure);
        }
        delegate.send(message.withoutReplyWebhook());
    }

    @Override
    public byte[] download(String downloadCode) throws DeliveryException {
        return delegate.download(downloadCode);
    }

    /** @return null when DingTalk took the message, else why not (the caller falls back) */
    private String post(OutgoingMessage message, URI uri) throws DeliveryException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.readTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body(message), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                return "HTTP " + response.statusCode();
            }
            JsonNode answer = JsonMapper.shared().readTree(response.body());
            long errcode = answer.path("errcode").asLong(-1);
            return errcode == 0 ? null : "errcode " + errcode + " " + answer.path("errmsg").asString("");
        } catch (HttpConnectTimeoutException | ConnectException e) {
            return e.toString();
        } catch (tools.jackson.core.JacksonException e) {
            return "unreadable answer: " + e.getOriginalMessage();
        } catch (IOException e) {
            throw new DingTalkCallException("session webhook for outbox message " + message.id()
                    + " gave no answer (" + e + "); it may have been taken, so it is not sent again blindly",
                    FailureKind.UNCERTAIN, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("session webhook interrupted", true, e);
        }
    }

    private boolean onOapiHost(ReplyWebhook webhook) {
        try {
            URI uri = URI.create(webhook.url());
            URI oapi = properties.oapiEndpoint();
            return oapi.getScheme().equalsIgnoreCase(uri.getScheme()) && oapi.getHost() != null
                    && oapi.getHost().equalsIgnoreCase(uri.getHost()) && port(oapi) == port(uri);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String body(OutgoingMessage message) {
        Map<String, Object> body = new LinkedHashMap<>();
        String content = message.body() == null ? "" : message.body();
        if (message.kind() == OutgoingMessage.Kind.TEXT) {
            body.put("msgtype", "text");
            body.put("text", Map.of("content", content));
        } else {
            body.put("msgtype", "markdown");
            body.put("markdown", Map.of("title", message.title() == null ? "" : message.title(), "text", content));
        }
        return JsonMapper.shared().writeValueAsString(body);
    }
}
