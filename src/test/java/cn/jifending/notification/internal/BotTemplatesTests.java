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
    static final Map<String, Object> SAMPLE = new HashMap<>(Map.of(
            "name", "张党员",
            "sections", "**党员**\n- 示例",
            "text", "你好",
            "title", "示例通知",
            "content", "第一行\n第二行 \"引号\"",
            "acknowledgedBy", "王书记")) {
        @Override
        public Object get(Object key) {
            return containsKey(key) ? super.get(key) : "示例" + key;
        }
    };

    private final JsonMapper json = JsonMapper.builder().build();
    private final BotTemplates templates = new BotTemplates(new TemplateProperties(null), json);

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
    void cardValuesAreJsonEscaped() {
        var card = json.readTree(templates.card("notice", Map.of("title", "a\"b", "content", "x\\y\nz")));
        assertThat(card.path("title").asString()).isEqualTo("a\"b");
        assertThat(card.path("markdown").asString()).isEqualTo("x\\y\nz");
    }

    @Test
    void anExternalDirectoryOverridesSingleFiles(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("messages"));
        Files.writeString(dir.resolve("messages/not-understood.md"), "改过的：{{text}}");
        var overridden = new BotTemplates(new TemplateProperties(dir), json);

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
