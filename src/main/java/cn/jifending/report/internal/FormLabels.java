package cn.jifending.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/** The texts of the exported form, from {@code bot-templates/sheets/assessment-form.properties} (UTF-8). */
final class FormLabels {

    static final String RESOURCE = "bot-templates/sheets/assessment-form.properties";

    private final Properties props = new Properties();

    private final String resource;

    FormLabels() {
        this(RESOURCE);
    }

    /** The texts of another sheet or picture, from {@code resource} (a UTF-8 properties file). */
    FormLabels(String resource) {
        this.resource = resource;
        try (InputStream in = FormLabels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                props.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String get(String key) {
        String v = props.getProperty(key);
        if (v == null) {
            throw new IllegalStateException(resource + " has no " + key);
        }
        return v;
    }

    String get(String key, String fallback) {
        return props.getProperty(key, fallback);
    }

    /** {@code {{name}}} placeholders filled from the model. */
    String get(String key, Map<String, ?> model) {
        String v = get(key);
        for (var e : model.entrySet()) {
            v = v.replace("{{" + e.getKey() + "}}", String.valueOf(e.getValue()));
        }
        return v;
    }
}
