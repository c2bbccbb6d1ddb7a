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

    @Test
    void unknownFieldsAreIgnoredAndAnInlineContentObjectIsAccepted() {
        var press = parser.parse("""
                {"outTrackId":"t","userId":"u","newField":{"deep":[1]},"userIdType":1,
                 "content":{"cardPrivateData":{"actionIds":["ok",7],"params":{"n":3,"b":true,"x":null},
                 "future":"x"},"cardPublicData":{}}}""");

        assertThat(press.pressedId()).isEqualTo("ok");
        assertThat(press.params()).containsExactlyInAnyOrderEntriesOf(Map.of("n", "3", "b", "true", "x", ""));
    }

    @Test
    void oddShapesOfRequiredFieldsTakeTheBadInputPathNeverAnotherException() {
        for (String json : new String[] {
                "{\"outTrackId\":\"t\",\"userId\":\"u\",\"content\":\"not json\"}",
                "{\"outTrackId\":\"t\",\"userId\":\"u\",\"content\":\"[1,2]\"}",
                "{\"outTrackId\":[\"t\"],\"userId\":\"u\",\"content\":\"{\\\"cardPrivateData\\\":{\\\"actionIds\\\":[\\\"a\\\"]}}\"}",
                "{\"outTrackId\":\"t\",\"userId\":{},\"content\":{\"cardPrivateData\":{\"actionIds\":[\"a\"]}}}",
                "{\"outTrackId\":\"t\",\"userId\":\"u\",\"content\":{\"cardPrivateData\":{\"actionIds\":\"a\"}}}",
                "{\"outTrackId\":\"t\",\"userId\":\"u\",\"content\":{\"cardPrivateData\":\"a\"}}",
                "[]", "null", ""}) {
            assertThatThrownBy(() -> parser.parse(json)).as(json).isInstanceOf(MalformedPayloadException.class);
        }
    }
}
