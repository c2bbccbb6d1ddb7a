package cn.jifending.notification.internal;

import cn.jifending.notification.MessageTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads templates from {@code jifen.templates.dir} when the file exists there, else from the
 * classpath {@code bot-templates/} (cached). Rendered cards are checked to be valid JSON.
 */
@Component
class BotTemplates implements MessageTemplates {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Path overrideDir;
    private final JsonMapper json;
    private final Map<String, String> packaged = new ConcurrentHashMap<>();

    BotTemplates(TemplateProperties properties, JsonMapper json) {
        this.overrideDir = properties.dir();
        this.json = json;
    }

    @Override
    public String message(String name, Map<String, ?> model) {
        String path = "messages/" + checked(name) + ".md";
        return Placeholders.render(path, load(path), model, v -> v);
    }

    @Override
    public String card(String kind, Map<String, ?> model) {
        String path = "cards/" + checked(kind) + ".json";
        String rendered = Placeholders.render(path, load(path), model, BotTemplates::jsonEscape);
        try {
            json.readTree(rendered);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Card template " + path + " does not render to valid JSON", e);
        }
        return rendered;
    }

    private static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a template name: " + name);
        }
        return name;
    }

    private String load(String path) {
        if (overrideDir != null) {
            Path file = overrideDir.resolve(path);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read template " + file, e);
                }
            }
        }
        return packaged.computeIfAbsent(path, BotTemplates::loadPackaged);
    }

    private static String loadPackaged(String path) {
        try (InputStream in = BotTemplates.class.getClassLoader().getResourceAsStream("bot-templates/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No template bot-templates/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template bot-templates/" + path, e);
        }
    }

    /** Escapes a value for use inside a JSON string literal. */
    static String jsonEscape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
