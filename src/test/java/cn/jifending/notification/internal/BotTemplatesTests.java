package cn.jifending.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

class BotTemplatesTests {

    /**
     * Sample values: the tricky ones (quotes, newlines, markdown) by name, and "示例<name>" for any
     * other placeholder, so a template added by a feature renders here without editing this test.
     * Whether a handler supplies every placeholder it uses is proved by that handler's own tests.
     */
    static final Map<String, Object> SAMPLE = new Sample("", Map.of(
            "name", "张党员",
            "sections", "**党员**\n- 示例",
            "text", "你好",
            "title", "示例通知",
            "content", "第一行\n第二行 \"引号\"",
            "acknowledgedBy", "王书记"));

    /**
     * A model that has every name: the given ones, else a value that reads as "示例<name>" and is itself
     * such a model, so sections ({{#list}}) render once and dotted names ({{a.b}}) resolve.
     */
    static final class Sample extends HashMap<String, Object> {
        private final String key;

        Sample(String key, Map<String, Object> given) {
            super(given);
            this.key = key;
        }

        @Override
        public Object get(Object key) {
            return super.containsKey(key) ? super.get(key) : new Sample(String.valueOf(key), Map.of());
        }

        @Override
        public boolean containsKey(Object key) {
            return true;
        }

        @Override
        public String toString() {
            return "示例" + key;
        }
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final BotTemplates templates = new BotTemplates(new TemplateProperties(null, true), json);

    @Test
    void everyShippedTemplateRendersWithSampleData() throws Exception {
        var resolver = new PathMatchingResourcePatternResolver();
        List<String> rendered = new ArrayList<>();
        for (Resource r : resolver.getResources("classpath*:bot-templates/messages/*.md")) {
            String name = r.getFilename().replaceFirst("\\.md$", "");
            String text = templates.message(name, SAMPLE);
            assertThat(text).as(name).isNotBlank().doesNotContain("{{");
            rendered.add(name);
        }
        for (Resource r : resolver.getResources("classpath*:bot-templates/cards/*.json")) {
            String kind = r.getFilename().replaceFirst("\\.json$", "");
            var card = json.readTree(templates.card(kind, SAMPLE));
            assertThat(card.path("title").asString()).as(kind).isNotBlank();
            assertThat(card.path("buttons").isArray()).as(kind + " buttons").isTrue();
            card.path("buttons").forEach(b -> {
                assertThat(b.path("text").asString()).as(kind + " button text").isNotBlank();
                assertThat(b.path("actionId").asString()).as(kind + " button actionId").isNotBlank();
            });
            rendered.add(kind);
        }
        assertThat(rendered).contains("help", "unknown-sender", "not-understood", "notice");
    }

    @Test
    void aMissingPlaceholderIsAnErrorNamingIt() {
        assertThatThrownBy(() -> templates.message("not-understood", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{{text}}");
    }

    @Test
    void sectionsRenderListsAndNoneAndValuesAreNotHtmlEscaped(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("messages"));
        Files.writeString(dir.resolve("messages/not-understood.md"), """
                问题：
                {{#errors}}
                - 第 {{row}} 行{{#column}}「{{column}}」列{{/column}}：{{text}}
                {{/errors}}
                {{^errors}}
                没有问题
                {{/errors}}
                共 {{count}} 处""");
        var t = new BotTemplates(new TemplateProperties(dir, true), json);
        Map<String, Object> withColumn = new HashMap<>(Map.of("row", 3, "text", "<b>&'\"**粗**"));
        withColumn.put("column", "类别");
        Map<String, Object> noColumn = new HashMap<>(Map.of("row", 5, "text", "不能为空"));
        noColumn.put("column", null);

        assertThat(t.message("not-understood", Map.of("errors", List.of(withColumn, noColumn), "count", 2)))
                .isEqualTo("问题：\n- 第 3 行「类别」列：<b>&'\"**粗**\n- 第 5 行：不能为空\n共 2 处");
        assertThat(t.message("not-understood", Map.of("errors", List.of(), "count", 0)))
                .isEqualTo("问题：\n没有问题\n共 0 处");
    }

    @Test
    void aNameMissingInsideASectionIsAnErrorWhenStrictAndEmptyForTheUserOtherwise(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("messages"));
        Files.writeString(dir.resolve("messages/not-understood.md"), "{{#errors}}[{{row}}{{colum}}]{{/errors}}");
        Map<String, Object> model = Map.of("errors", List.of(Map.of("row", 1, "column", "x")));

        assertThatThrownBy(() -> new BotTemplates(new TemplateProperties(dir, true), json).message("not-understood", model))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{{colum}}")
                .hasMessageContaining("messages/not-understood.md");
        assertThat(new BotTemplates(new TemplateProperties(dir, false), json).message("not-understood", model))
                .isEqualTo("[1]");
    }

    @Test
    void cardValuesAreJsonEscaped() {
        var card = json.readTree(templates.card("notice", Map.of("title", "a\"b", "content", "x\\y\nz")));
        assertThat(card.path("title").asString()).isEqualTo("a\"b");
        assertThat(card.path("markdown").asString()).isEqualTo("x\\y\nz");
    }

    @Test
    void anExternalDirectoryOverridesSingleFiles(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("messages"));
        Files.writeString(dir.resolve("messages/not-understood.md"), "改过的：{{text}}");
        var overridden = new BotTemplates(new TemplateProperties(dir, true), json);

        assertThat(overridden.message("not-understood", Map.of("text", "x"))).isEqualTo("改过的：x");
        assertThat(overridden.message("unknown-sender", Map.of())).contains("党员名册");
    }

    @Test
    void templateNamesCannotEscapeTheTemplateFolders() {
        assertThatThrownBy(() -> templates.message("../application", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> templates.message("no-such-template", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
