package cn.jifending.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

class BotTemplatesTests {

    /** A value for every placeholder name used by a shipped template; add yours when you add a template. */
    static final Map<String, Object> SAMPLE = Map.ofEntries(
            Map.entry("name", "张党员"),
            Map.entry("sections", "**党员**\n- 示例"),
            Map.entry("text", "你好"),
            Map.entry("title", "示例通知"),
            Map.entry("content", "第一行\n第二行 \"引号\""),
            Map.entry("acknowledgedBy", "王书记"),
            // declarations (issue 5)
            Map.entry("id", 12), Map.entry("item", "志愿服务参与情况"), Map.entry("alias", "志愿"),
            Map.entry("date", "2026年11月20日"), Map.entry("today", "2026年11月24日"),
            Map.entry("description", "社区义诊"), Map.entry("count", 2), Map.entry("points", "1"),
            Map.entry("room", "4"), Map.entry("cap", "5"), Map.entry("status", "待审批"),
            Map.entry("member", "赵强"), Map.entry("approver", "李明"), Map.entry("decider", "李明"),
            Map.entry("reason", "照片不清楚"), Map.entry("suggestions", "- 志愿服务参与情况"),
            Map.entry("since", "2026年1月1日"), Map.entry("year", 2026), Map.entry("quarter", 3),
            Map.entry("month", 10), Map.entry("limit", "10MB"), Map.entry("lines", "- 一行"),
            Map.entry("composite", "88.5"), Map.entry("base", "60"), Map.entry("featured", "18.5"),
            Map.entry("review", "10"), Map.entry("days", 3),
            Map.entry("uphold", 1), Map.entry("overturn", 2), Map.entry("used", "6"), Map.entry("max", "10"));

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
