package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CardCallbackParserTests {

    private final CardCallbackParser parser = new CardCallbackParser();

    @Test
    void recordedCallbackBecomesAPressWithStringParams() {
        var press = parser.parse(Payloads.read("cardCallbackRejectWithReason.json"));

        assertThat(press.outTrackId()).isEqualTo("decl-42-approval");
        assertThat(press.userId()).isEqualTo("manager4220");
        assertThat(press.pressedId()).isEqualTo("btn2");
        assertThat(press.params()).containsAllEntriesOf(Map.of("input1", "照片看不清", "input2", "",
                "title", "改过的标题", "tags", "[\"a\",\"b\"]"));
    }

    @Test
    void callbackWithoutActionIsMalformed() {
        assertThatThrownBy(() -> parser.parse("""
                {"outTrackId":"t","userId":"u","content":"{\\"cardPrivateData\\":{\\"actionIds\\":[]}}"}"""))
                .isInstanceOf(MalformedPayloadException.class);
        assertThatThrownBy(() -> parser.parse("{\"userId\":\"u\"}")).isInstanceOf(MalformedPayloadException.class);
        assertThatThrownBy(() -> parser.parse("not json")).isInstanceOf(MalformedPayloadException.class);
    }
}
