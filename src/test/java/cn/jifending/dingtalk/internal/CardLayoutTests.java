package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CardLayoutTests {

    @Test
    void everyCardKindFitsTheGeneralTemplateAndFillsEveryVariable() throws IOException {
        List<Path> kinds;
        try (Stream<Path> files = Files.list(Path.of("bot-templates/cards"))) {
            kinds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(kinds).hasSizeGreaterThan(20);
        for (Path kind : kinds) {
            String rendered = Files.readString(kind).replaceAll("\\{\\{[^}]*}}", "x");
            CardLayout layout = CardLayout.parse(rendered, null);
            assertThat(layout.cardParamMap().keySet()).as(kind.toString())
                    .containsExactlyElementsOf(PlatformCards.variables());
            assertThat(layout.title()).as(kind + " has a title").isNotBlank();
        }
    }

    @Test
    void buttonsAndInputsTakeTheirSlotsAndEmptySlotsAreHidden() {
        CardLayout layout = CardLayout.parse("""
                {"title":"审批","markdown":"内容","status":"待审批",
                 "inputs":[{"name":"reason","label":"理由"}],
                 "buttons":[{"text":"通过","actionId":"a.approve"},{"text":"驳回","actionId":"a.reject","style":"danger"}]}""",
                null);

        assertThat(layout.cardParamMap())
                .containsEntry("title", "审批").containsEntry("markdown", "内容").containsEntry("status", "待审批")
                .containsEntry("status_show", "true").containsEntry("buttons_show", "true")
                .containsEntry("btn1_text", "通过").containsEntry("btn1_action", "a.approve")
                .containsEntry("btn1_style", "primary").containsEntry("btn2_style", "danger")
                .containsEntry("btn3_show", "false").containsEntry("btn3_text", "")
                .containsEntry("input1_show", "true").containsEntry("input1_name", "reason")
                .containsEntry("input1_label", "理由").containsEntry("input2_show", "false");
        assertThat(layout.action("btn2")).contains("a.reject");
        assertThat(layout.action("btn3")).isEmpty();
        assertThat(layout.action("a.approve")).as("a per-kind template may name the action itself")
                .contains("a.approve");
        assertThat(layout.action("a.other")).isEmpty();
        assertThat(layout.input("input1")).hasValueSatisfying(i -> assertThat(i.name()).isEqualTo("reason"));
        assertThat(layout.input("title")).isEmpty();
    }

    @Test
    void theRecordedCardDataGivesBackTheSameCard() {
        CardLayout layout = CardLayout.parse("""
                {"title":"t","buttons":[{"text":"知道了","actionId":"acknowledge"}]}""", null);

        CardLayout back = CardLayout.fromCardData(layout.cardParamMap());

        assertThat(back.cardParamMap()).isEqualTo(layout.cardParamMap());
    }

    @Test
    void aLayoutTheTemplateCannotHoldIsRefused() {
        assertThatThrownBy(() -> CardLayout.parse("""
                {"title":"t","buttons":[{"text":"1","actionId":"a"},{"text":"2","actionId":"b"},
                 {"text":"3","actionId":"c"},{"text":"4","actionId":"d"},{"text":"5","actionId":"e"}]}""", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 4 buttons");
    }
}
