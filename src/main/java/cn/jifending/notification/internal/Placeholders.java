package cn.jifending.notification.internal;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code {{name}}} substitution. A placeholder without a value in the model is an error. */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");

    private Placeholders() {
    }

    static String render(String templateName, String template, Map<String, ?> model,
                         UnaryOperator<String> escape) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (m.find()) {
            String name = m.group(1);
            Object value = model.get(name);
            if (value == null) {
                throw new IllegalArgumentException("Template " + templateName + " needs a value for {{"
                        + name + "}}; the model has " + model.keySet());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(escape.apply(String.valueOf(value))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
