package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * HTTP mode with {@code callback-base-url} and {@code card-template-id} set: the route key is registered
 * at start-up, robot messages arrive as signed HTTP callbacks, and every press is POSTed by the fake to
 * the URL that was registered for the card's {@code callbackRouteKey}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "jifen.dingtalk.mode=http",
        "jifen.dingtalk.app-key=journey-app-key",
        "jifen.dingtalk.app-secret=" + CardJourney.SECRET,
        "jifen.dingtalk.robot-code=dingjourneyrobot",
        "jifen.dingtalk.card-callback-token=" + CardJourney.TOKEN,
        "jifen.dingtalk.card-template-id=" + FakeDingTalk.GENERAL_TEMPLATE,
        "jifen.outbox.dispatch-enabled=true",
        "jifen.outbox.poll-interval=100ms"})
@DirtiesContext
class HttpCardJourneyTests extends CardJourney {

    static final int PORT = freePort();

    @DynamicPropertySource
    static void publicUrl(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("jifen.dingtalk.callback-base-url", () -> "http://127.0.0.1:" + PORT);
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Autowired CardCallbackRegistration registration;

    @Override
    String callbackType() {
        return "HTTP";
    }

    @Override
    void deliverMessage(String payload) {
        long ts = System.currentTimeMillis();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + PORT + "/dingtalk/robot"))
                    .header("Content-Type", "application/json")
                    .header("timestamp", Long.toString(ts))
                    .header("sign", RobotRequestSigner.sign(SECRET, ts))
                    .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("robot callback answered").isEqualTo(200);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void theRouteKeyWasRegisteredAtStartUpForThePublicCallbackUrl() {
        assertThat(CARDS.routes).containsEntry(cn.jifending.dingtalk.DingTalkProperties.DEFAULT_ROUTE_KEY,
                "http://127.0.0.1:" + PORT + "/dingtalk/card/" + TOKEN);
        assertThat(registration.health().getStatus().getCode()).isEqualTo("UP");
        assertThat(registration.register()).as("registering again is idempotent (forceUpdate)").isTrue();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
