package cn.jifending.notification.internal;

import com.github.mustachejava.reflect.SimpleObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How Mustache finds a name: in the innermost scope first (a section's list item), then outwards to the
 * model. A scope is a {@link Map} (a key present with a null value is found: it renders empty, and a
 * section on it is skipped) or a record (its components). A name found in no scope is a
 * {@link MissingName} when strict (tests), else it renders empty and is logged once (a user never gets
 * an error for a template's typo).
 */
final class StrictNames extends SimpleObjectHandler {

    private static final Logger log = LoggerFactory.getLogger(StrictNames.class);
    private static final Object NONE = new Object();

    /** A name the template uses that no scope holds. */
    static final class MissingName extends RuntimeException {
        final String name;
        final Set<?> keys;

        MissingName(String name, Set<?> keys) {
            super("no value for {{" + name + "}}");
            this.name = name;
            this.keys = keys;
        }
    }

    private final boolean strict;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    StrictNames(boolean strict) {
        this.strict = strict;
    }

    @Override
    public Wrapper find(String name, List<Object> ignored) {
        return scopes -> {
            if (name.equals(".")) {
                return scopes.isEmpty() ? null : scopes.get(scopes.size() - 1);
            }
            String[] path = name.split("\\.");
            for (int i = scopes.size() - 1; i >= 0; i--) {
                Object value = lookup(scopes.get(i), path[0]);
                if (value == NONE) {
                    continue;
                }
                for (int p = 1; p < path.length && value != null; p++) {
                    value = lookup(value, path[p]);
                    if (value == NONE) {
                        return missing(name, scopes);
                    }
                }
                return value;
            }
            return missing(name, scopes);
        };
    }

    private Object missing(String name, List<Object> scopes) {
        Set<Object> keys = new java.util.TreeSet<>(java.util.Comparator.comparing(String::valueOf));
        scopes.stream().filter(Map.class::isInstance).forEach(s -> keys.addAll(((Map<?, ?>) s).keySet()));
        if (strict) {
            throw new MissingName(name, keys);
        }
        if (warned.add(name)) {
            log.warn("A template uses {{{}}} that the model does not have (model keys {}); rendered empty", name, keys);
        }
        return null;
    }

    private static Object lookup(Object scope, String key) {
        if (scope instanceof Map<?, ?> map) {
            return map.containsKey(key) ? map.get(key) : NONE;
        }
        if (scope != null && scope.getClass().isRecord()) {
            for (RecordComponent c : scope.getClass().getRecordComponents()) {
                if (c.getName().equals(key)) {
                    try {
                        c.getAccessor().setAccessible(true);
                        Object v = c.getAccessor().invoke(scope);
                        return v instanceof Optional<?> o ? o.orElse(null) : v;
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("Cannot read " + key + " of " + scope.getClass(), e);
                    }
                }
            }
        }
        return NONE;
    }
}
