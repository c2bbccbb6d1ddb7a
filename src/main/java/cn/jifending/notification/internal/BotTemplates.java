package cn.jifending.notification.internal;

import cn.jifending.notification.MessageTemplates;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders {@code bot-templates/} with Mustache (Mustache.java): {@code {{name}}} values,
 * {@code {{#list}}…{{/list}}} sections for lists and yes/no parts, {@code {{^list}}…{{/list}}} for
 * "none". Messages are chat markdown, so values are inserted as they are (no HTML escaping); values in
 * cards are JSON-escaped and a rendered card is checked to be valid JSON. A name the model lacks is an
 * error when {@code jifen.templates.strict} (the tests), else it renders empty and is logged.
 * Templates load from {@code jifen.templates.dir} when the file exists there, else from the classpath
 * {@code bot-templates/} (compiled once).
 */
@Component
class BotTemplates implements MessageTemplates {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Path overrideDir;
    private final JsonMapper json;
    private final Engine messages;
    private final Engine cards;
    private final Map<String, Mustache> packaged = new ConcurrentHashMap<>();

    BotTemplates(TemplateProperties properties, JsonMapper json) {
        this.overrideDir = properties.dir();
        this.json = json;
        StrictNames names = new StrictNames(properties.strict());
        this.messages = new Engine(names, v -> v);
        this.cards = new Engine(names, BotTemplates::jsonEscape);
    }

    @Override
    public String message(String name, Map<String, ?> model) {
        return render(messages, "messages/" + checked(name) + ".md", model);
    }

    @Override
    public String card(String kind, Map<String, ?> model) {
        String path = "cards/" + checked(kind) + ".json";
        String rendered = render(cards, path, model);
        try {
            json.readTree(rendered);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Card template " + path + " does not render to valid JSON", e);
        }
        return rendered;
    }

    private String render(Engine engine, String path, Map<String, ?> model) {
        Mustache template = template(engine, path);
        StringWriter out = new StringWriter();
        try {
            template.execute(out, model).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof StrictNames.MissingName m) {
                    throw new IllegalArgumentException("Template " + path + " needs a value for {{" + m.name
                            + "}}; the model has " + m.keys, e);
                }
            }
            throw e;
        }
        return out.toString();
    }

    private static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a template name: " + name);
        }
        return name;
    }

    private Mustache template(Engine engine, String path) {
        if (overrideDir != null) {
            Path file = overrideDir.resolve(path);
            if (Files.isRegularFile(file)) {
                try {
                    return engine.compile(path, Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read template " + file, e);
                }
            }
        }
        return packaged.computeIfAbsent(path, p -> engine.compile(p, loadPackaged(p)));
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

    /** Mustache with our name lookup and our escaping instead of HTML's. */
    private static final class Engine extends DefaultMustacheFactory {
        private final UnaryOperator<String> escape;

        Engine(StrictNames names, UnaryOperator<String> escape) {
            this.escape = escape;
            setObjectHandler(names);
        }

        Mustache compile(String path, String text) {
            try {
                return compile(new StringReader(text), path);
            } catch (MustacheException e) {
                throw new IllegalStateException("Template " + path + " is not valid Mustache: " + e.getMessage(), e);
            }
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(escape.apply(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
