package cn.jifending.dingtalk.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MutableClock;
import cn.jifending.dingtalk.DingTalkProperties;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Start-up registration of the card callback route against the strict fake, and its health. */
class CardCallbackRegistrationTests {

    private final FakeCardPlatform cards = new FakeCardPlatform();
    private final FakeDingTalk fake = new FakeDingTalk(cards);
    private final MutableClock clock = new MutableClock(Instant.parse("2024-06-11T06:30:00Z"));

    @AfterEach
    void stop() {
        fake.close();
    }

    private CardCallbackRegistration registration(String baseUrl) {
        DingTalkProperties base = fake.properties(Map.of(), Duration.ofSeconds(5));
        DingTalkProperties http = new DingTalkProperties(base.mode(), base.appKey(), base.appSecret(), base.robotCode(),
                "card-token", "jifen-route", URI.create(baseUrl), base.apiEndpoint(), base.oapiEndpoint(),
                base.cardTemplateId(), Map.of(), base.connectTimeout(), base.readTimeout(), base.tokenRefreshMargin(),
                base.signatureMaxSkew());
        OpenApiSdk sdk = new OpenApiSdk(http);
        return new CardCallbackRegistration(sdk, new SdkCalls(new AccessTokens(sdk::issueToken, clock,
                http.tokenRefreshMargin())), http, clock);
    }

    @Test
    void startUpRegistersTheRouteKeyForThePublicUrlAndRegisteringAgainIsIdempotent() {
        cards.stubOn(fake.server);
        CardCallbackRegistration registration = registration("https://jifen.example.cn/");

        registration.start();
        assertThat(registration.register()).isTrue();

        assertThat(cards.routes).containsExactlyEntriesOf(Map.of("jifen-route",
                "https://jifen.example.cn/dingtalk/card/card-token"));
        assertThat(cards.rejections).isEmpty();
        assertThat(registration.health().getStatus().getCode()).isEqualTo("UP");
        assertThat(registration.isRunning()).isTrue();
    }

    @Test
    void aRefusedRegistrationIsDownInHealthAndTriedAgainByALaterHealthCheck() {
        fake.server.stubFor(post(urlPathEqualTo(FakeCardPlatform.REGISTER)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"Forbidden.AccessDenied.AccessTokenPermissionDenied\","
                        + "\"message\":\"没有调用该接口的权限\",\"requestid\":\"r1\"}")));
        CardCallbackRegistration registration = registration("https://jifen.example.cn");

        registration.start();
        var health = registration.health();
        assertThat(health.getStatus().getCode()).isEqualTo("DOWN");
        assertThat(String.valueOf(health.getDetails().get("error"))).contains("403");

        fake.server.resetMappings();
        fake.issueTokens("token-1");
        cards.stubOn(fake.server);
        assertThat(registration.health().getStatus().getCode()).as("not retried within a minute").isEqualTo("DOWN");
        clock.advance(Duration.ofMinutes(2));
        assertThat(registration.health().getStatus().getCode()).isEqualTo("UP");
    }
}
