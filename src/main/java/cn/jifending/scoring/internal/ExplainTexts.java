package cn.jifending.scoring.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The member-facing explanation templates, from {@code bot-templates/messages/score-explain.md}. */
public final class ExplainTexts {

    public static final String RESOURCE = "bot-templates/messages/score-explain.md";
    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_.]+): (.+)$");
    private static volatile ExplainTexts shared;

    private final Map<String, Template> parsed = new HashMap<>();

    private ExplainTexts(Map<String, String> templates) {
        templates.forEach((key, text) -> parsed.put(key, Template.parse(text)));
    }

    public static ExplainTexts shared() {
        ExplainTexts t = shared;
        if (t == null) {
            t = load();
            shared = t;
        }
        return t;
    }

    private static ExplainTexts load() {
        InputStream in = ExplainTexts.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + RESOURCE);
        }
        Map<String, String> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    map.put(m.group(1), m.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExplainTexts(map);
    }

    /** Fills a template; BigDecimal arguments are written in plain notation. */
    public String format(String key, Object... args) {
        Template template = parsed.get(key);
        if (template == null) {
            throw new IllegalStateException("no explanation template " + key + " in " + RESOURCE);
        }
        return template.fill(args);
    }

    /**
     * The template filled when the line is first read (the arguments are taken now): batch callers
     * read only the figures, so most lines of a branch's year are never built.
     */
    public java.util.function.Supplier<String> later(String key, Object... args) {
        Template template = parsed.get(key);
        if (template == null) {
            throw new IllegalStateException("no explanation template " + key + " in " + RESOURCE);
        }
        return () -> template.fill(args);
    }

    /**
     * A template split once into literal text and argument slots ({@code {0}}, {@code {1}} …), so
     * filling it is appends only: scoring a branch fills tens of thousands of them.
     */
    private record Template(String[] literals, int[] slots, int length) {

        static Template parse(String template) {
            java.util.List<String> literals = new java.util.ArrayList<>();
            java.util.List<Integer> slots = new java.util.ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                int close = c == '{' ? template.indexOf('}', i) : -1;
                if (close > i + 1 && close - i <= 3 && Character.isDigit(template.charAt(i + 1))) {
                    literals.add(literal.toString());
                    literal.setLength(0);
                    slots.add(Integer.parseInt(template.substring(i + 1, close)));
                    i = close + 1;
                } else {
                    literal.append(c);
                    i++;
                }
            }
            literals.add(literal.toString());
            return new Template(literals.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray(),
                    template.length());
        }

        String fill(Object[] args) {
            StringBuilder out = new StringBuilder(length + 32);
            out.append(literals[0]);
            for (int k = 0; k < slots.length; k++) {
                int n = slots[k];
                Object a = n < args.length ? args[n] : null;
                out.append(a instanceof BigDecimal d ? d.toPlainString() : String.valueOf(a));
                out.append(literals[k + 1]);
            }
            return out.toString();
        }
    }
}
