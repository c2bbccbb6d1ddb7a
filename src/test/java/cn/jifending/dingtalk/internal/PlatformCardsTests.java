package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.MutableClock;
import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.OutgoingMessage;
import cn.jifending.notification.OutgoingMessage.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cards through the real SDK against the strict fake card platform: nothing it sends is rejected. */
class PlatformCardsTests {

    private static final String APPROVAL = """
            {"title":"特色分申报待审批（42号）","markdown":"王五 志愿服务",
             "inputs":[{"name":"reason","label":"驳回理由"}],
             "buttons":[{"text":"通过","actionId":"declaration.approve"},{"text":"驳回","actionId":"declaration.reject"}]}""";

    private final FakeCardPlatform cards = new FakeCardPlatform();
    private final FakeDingTalk fake = new FakeDingTalk(cards);
    private final MutableClock clock = new MutableClock(Instant.parse("2024-06-11T06:30:00Z"));
    private final CardRegistry registry = new CardRegistry(CardRegistryDatabase.create(), clock);

    @AfterEach
    void stop() {
        fake.close();
    }

    private PlatformCards cards(boolean stream) {
        DingTalkProperties properties = fake.properties(Map.of("dispute-vote", "dispute-tpl.schema"),
                Duration.ofSeconds(5));
        OpenApiSdk sdk = new OpenApiSdk(properties);
        cards.stubOn(fake.server);
        return new PlatformCards(sdk, new SdkCalls(new AccessTokens(sdk::issueToken, clock,
                properties.tokenRefreshMargin())), registry, properties, stream);
    }

    @Test
    void oneInstanceReachesEveryRecipientAndOneUpdateChangesItForAll() throws Exception {
        PlatformCards platform = cards(true);

        platform.create(new OutgoingMessage(1, Kind.CARD, List.of("u1", "u2", "u3"), null, "审批", APPROVAL,
                "declaration-approval", "decl-42-approval", Map.of("id", "42"), null));
        platform.update(new OutgoingMessage(2, Kind.CARD_UPDATE, List.of(), null, "已处理",
                "{\"title\":\"已处理\",\"status\":\"已通过\"}", "declaration-decided", "decl-42-approval",
                Map.of("id", "42"), null));

        assertThat(cards.rejections).isEmpty();
        FakeCardPlatform.Instance instance = cards.instances.get("decl-42-approval");
        assertThat(instance.users()).containsExactly("u1", "u2", "u3");
        assertThat(instance.callbackType()).isEqualTo("STREAM");
        assertThat(instance.templateId()).isEqualTo(FakeDingTalk.GENERAL_TEMPLATE);
        assertThat(instance.data()).containsEntry("status", "已通过").containsEntry("btn1_show", "false")
                .containsEntry("input1_show", "false");
        assertThat(fake.requests(FakeCardPlatform.UPDATE)).hasSize(1);
        assertThat(registry.find("decl-42-approval")).hasValueSatisfying(c -> {
            assertThat(c.cardKind()).isEqualTo("declaration-decided");
            assertThat(c.layout().buttons()).isEmpty();
        });
    }

    @Test
    void anUpdateThatOvertakesAFailedCreateWaitsForTheCardInsteadOfBeingLost() throws Exception {
        PlatformCards platform = cards(true);
        fake.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(FakeCardPlatform.CREATE))
                .atPriority(1).willReturn(FakeDingTalk.error(503, "ServiceUnavailable")));
        var card = new OutgoingMessage(1, Kind.CARD, List.of("u1"), null, "审批", APPROVAL, "declaration-approval",
                "decl-43-approval", Map.of(), null);
        var update = new OutgoingMessage(2, Kind.CARD_UPDATE, List.of(), null, "已处理", "{\"title\":\"已处理\"}",
                "declaration-decided", "decl-43-approval", Map.of(), null);

        assertThatThrownBy(() -> platform.create(card)).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e.retryable()).isTrue());
        assertThatThrownBy(() -> platform.update(update)).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e.retryable()).as("tried again after the card").isTrue());
        assertThat(fake.requests(FakeCardPlatform.UPDATE)).isEmpty();

        fake.server.resetMappings();
        fake.issueTokens("token-1");
        cards.stubOn(fake.server);
        platform.create(card);
        platform.update(update);

        assertThat(cards.instances.get("decl-43-approval").data()).containsEntry("title", "已处理")
                .containsEntry("btn1_show", "false");
        assertThat(cards.rejections).isEmpty();
    }

    @Test
    void aGroupCardGoesToTheGroupSpaceAndAKindMayHaveItsOwnTemplate() throws Exception {
        PlatformCards platform = cards(false);

        platform.create(new OutgoingMessage(3, Kind.CARD, List.of(), "cidGroup42==", "表决", APPROVAL,
                "dispute-vote", "dispute-7", Map.of(), null));

        assertThat(cards.rejections).isEmpty();
        FakeCardPlatform.Instance instance = cards.instances.get("dispute-7");
        assertThat(instance.groupId()).isEqualTo("cidGroup42==");
        assertThat(instance.templateId()).isEqualTo("dispute-tpl.schema");
        assertThat(instance.callbackType()).isEqualTo("HTTP");
        assertThat(instance.routeKey()).isEqualTo(DingTalkProperties.DEFAULT_ROUTE_KEY);
    }

    @Test
    void theFakeRefusesWhatDingTalkWouldWithItsErrorShape() throws Exception {
        cards.stubOn(fake.server);
        var http = java.net.http.HttpClient.newHttpClient();
        for (String[] bad : new String[][] {
                {"{\"outTrackId\":\"t\",\"cardData\":{\"cardParamMap\":{}},\"openSpaceId\":\"dtv1.card//IM_ROBOT.u1\"}",
                        "param.cardTemplateIdEmpty"},
                {"{\"outTrackId\":\"t\",\"cardTemplateId\":\"x\",\"cardData\":{\"cardParamMap\":{\"n\":1}}}",
                        "param.cardParamMapInvalid"},
                {"{\"outTrackId\":\"t\",\"cardTemplateId\":\"x\",\"callbackType\":\"HTTP\","
                        + "\"cardData\":{\"cardParamMap\":{}},\"openSpaceId\":\"dtv1.card//IM_ROBOT.u1\"}",
                        "param.callbackRouteKeyEmpty"},
                {"{\"outTrackId\":\"t\",\"cardTemplateId\":\"x\",\"cardData\":{\"cardParamMap\":{}},"
                        + "\"openSpaceId\":\"dtv1.card//IM_ROBOT.u1\"}", "param.openSpaceModelInvalid"}}) {
            var response = http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(fake.baseUrl() + FakeCardPlatform.CREATE))
                    .header("x-acs-dingtalk-access-token", "token-1").header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(bad[0])).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(bad[1]).isEqualTo(400);
            var body = tools.jackson.databind.json.JsonMapper.shared().readTree(response.body());
            assertThat(body.path("code").asString()).isEqualTo(bad[1]);
            assertThat(body.has("message")).isTrue();
            assertThat(body.has("requestid")).isTrue();
        }
        assertThat(cards.instances).isEmpty();
    }
}
