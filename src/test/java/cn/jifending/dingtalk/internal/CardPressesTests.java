package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a recorded DingTalk press does, judged against the card as it was sent (registry on H2, MySQL mode). */
class CardPressesTests {

    private final Clock clock = Clock.fixed(Instant.parse("2024-06-11T06:30:00Z"), ZoneOffset.UTC);
    private final RecordingBotGateway gateway = new RecordingBotGateway();
    private final CardRegistry registry = CardRegistryDatabase.withApprovalCard(clock);
    private final CardPresses presses = new CardPresses(new CardCallbackParser(), registry, gateway, "此卡片已失效",
            clock);

    @Test
    void theSentParamsWinAndOnlyTheDeclaredInputsComeFromThePress() {
        assertThat(presses.handle(Payloads.read("cardCallbackRejectWithReason.json"))).isEmpty();

        assertThat(gateway.actions).singleElement().satisfies(a -> {
            assertThat(a.outTrackId()).isEqualTo("decl-42-approval");
            assertThat(a.actionId()).isEqualTo("declaration.reject");
            assertThat(a.params()).containsEntry("declarationId", "42").containsEntry("title", "特色分申报")
                    .containsEntry("reason", "照片看不清").doesNotContainKeys("tags", "input1");
            assertThat(a.inputs()).containsOnlyKeys("reason", "points").containsEntry("reason", "照片看不清");
            assertThat(a.cardKind()).isEqualTo("declaration-approval");
            assertThat(a.recipients()).containsExactly("manager4220");
            assertThat(a.receivedAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void aPressOnADecidedCardHasNoEffectAndIsAnsweredWithTheCardAsItIsNow() {
        var decided = CardLayout.parse("{\"title\":\"已处理\",\"status\":\"已通过\"}", null).cardParamMap();
        registry.updated("decl-42-approval", "declaration-decided", Map.of("id", "42"), decided);

        Map<String, Object> answer = presses.handle(Payloads.read("cardCallback.json"));

        assertThat(gateway.actions).isEmpty();
        assertThat(answer).containsEntry("cardData", Map.of("cardParamMap", decided))
                .containsEntry("cardUpdateOptions", Map.of("updateCardDataByKey", true));
    }

    @Test
    void aPressOnAnUnknownCardIsExpiredAndReachesNobody() {
        Map<String, Object> answer = presses.handle(Payloads.read("cardCallback.json")
                .replace("decl-42-approval", "decl-99-approval"));

        assertThat(gateway.actions).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, String> shown = (Map<String, String>) ((Map<String, Object>) answer.get("cardData"))
                .get("cardParamMap");
        assertThat(shown).containsEntry("status", "此卡片已失效").containsEntry("status_show", "true")
                .containsEntry("buttons_show", "false").containsEntry("btn1_show", "false")
                .containsEntry("input1_show", "false").doesNotContainKeys("title", "markdown");
    }

    @Test
    void aRetriedCreateKeepsOneRecordWithTheLatestState() {
        var card = CardRegistryDatabase.approvalCard();
        registry.created(new CardRegistry.Card(card.outTrackId(), card.cardKind(), List.of("manager4220", "u2"),
                null, card.params(), card.cardData()));

        assertThat(registry.find(card.outTrackId())).hasValueSatisfying(c ->
                assertThat(c.recipients()).containsExactly("manager4220", "u2"));
    }
}
