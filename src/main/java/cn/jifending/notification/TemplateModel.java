package cn.jifending.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values shaped for the Mustache sections of {@code bot-templates/}, so that a template, not Java,
 * holds every word and separator of a list.
 */
public final class TemplateModel {

    private TemplateModel() {
    }

    /**
     * The entries of a {@code {{#list}}…{{/list}}} section. Each entry has {@code first} and {@code last}
     * (true on the first / last entry) and {@code number} (1, 2, …); a map value keeps its own keys, any
     * other value is {@code value}. A list joined by 、 is {@code {{#names}}{{^first}}、{{/first}}{{value}}{{/names}}}.
     */
    public static List<Map<String, Object>> list(Collection<?> values) {
        List<Map<String, Object>> entries = new ArrayList<>(values.size());
        int i = 0;
        for (Object v : values) {
            Map<String, Object> e = new LinkedHashMap<>();
            if (v instanceof Map<?, ?> m) {
                m.forEach((k, x) -> e.put(String.valueOf(k), x));
            } else {
                e.put("value", v);
            }
            e.put("first", i == 0);
            e.put("last", i == values.size() - 1);
            e.put("number", i + 1);
            entries.add(e);
            i++;
        }
        return entries;
    }

    /**
     * One flag per constant of the enum, true for {@code value}: a template words each case in its own
     * section, {@code {{#problem.BLANK}}不能为空{{/problem.BLANK}}}.
     */
    public static <E extends Enum<E>> Map<String, Boolean> oneOf(E value) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (E c : value.getDeclaringClass().getEnumConstants()) {
            flags.put(c.name(), c == value);
        }
        return flags;
    }
}
