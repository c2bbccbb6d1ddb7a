package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.bot.CardAction;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardCallbackParserTests {

    private static final Instant NOW = Instant.parse("2024-06-11T06:30:00Z");

    private final CardCallbackParser parser = new CardCallbackParser(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void cardCallbackBecomesAnActionWithStringParams() {
        CardAction action = parser.parse(Payloads.read("cardCallback.json"));

        assertThat(action.outTrackId()).isEqualTo("decl-42-approval");
        assertThat(action.userId()).isEqualTo("manager4220");
        assertThat(action.actionId()).isEqualTo("approve");
        assertThat(action.params()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "declarationId", "42", "points", "2", "comment", "同意", "tags", "[\"a\",\"b\"]"));
        assertThat(action.receivedAt()).isEqualTo(NOW);
    }

    @Test
    void standardCardPressCarriesTheInstancesCardBizIdAsOutTrackId() {
        CardAction action = parser.parse(Payloads.read("standardCardCallback.json"));

        assertThat(action.outTrackId()).isEqualTo("decl-42-approval-2");
        assertThat(action.userId()).isEqualTo("u2");
        assertThat(action.actionId()).isEqualTo("declaration.approve");
        assertThat(action.params()).isEmpty();
    }

    @Test
    void knownInstanceMapsToItsCardAndItsParamsWithCallbackParamsWinning() {
        var instance = new CardInstances.Instance("decl-42-approval-2", "decl-42-approval", "user:u2",
                Map.of("id", "42", "reason", ""));
        var mapping = new CardCallbackParser(Clock.fixed(NOW, ZoneOffset.UTC),
                id -> Optional.of(instance).filter(i -> i.cardBizId().equals(id)));

        CardAction action = mapping.parse("""
                {"outTrackId":"decl-42-approval-2","userId":"u2","value":"{\\"cardPrivateData\\":\
                {\\"actionIds\\":[\\"declaration.reject\\"],\\"params\\":{\\"reason\\":\\"照片不符\\"}}}"}""");

        assertThat(action.outTrackId()).isEqualTo("decl-42-approval");
        assertThat(action.actionId()).isEqualTo("declaration.reject");
        assertThat(action.params()).containsExactlyInAnyOrderEntriesOf(Map.of("id", "42", "reason", "照片不符"));
    }

    @Test
    void callbackWithoutActionIsMalformed() {
        assertThatThrownBy(() -> parser.parse("""
                {"outTrackId":"t","userId":"u","content":"{\\"cardPrivateData\\":{\\"actionIds\\":[]}}"}"""))
                .isInstanceOf(MalformedPayloadException.class);
        assertThatThrownBy(() -> parser.parse("{\"userId\":\"u\"}")).isInstanceOf(MalformedPayloadException.class);
    }
}
