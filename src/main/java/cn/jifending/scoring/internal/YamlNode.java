package cn.jifending.scoring.internal;

import cn.jifending.scoring.SchemeException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A SnakeYAML node with the source name, so every problem can be reported with its line. */
record YamlNode(String source, Node node) {

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    SchemeException problem(String message) {
        return new SchemeException(source, line(), message);
    }

    /** The entries of a mapping, in file order; rejects duplicate keys. */
    Map<String, YamlNode> entries() {
        if (!(node instanceof MappingNode mapping)) {
            throw problem("expected a mapping");
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            YamlNode key = new YamlNode(source, t.getKeyNode());
            if (out.put(key.text(), new YamlNode(source, t.getValueNode())) != null) {
                throw key.problem("duplicate key '" + key.text() + "'");
            }
        }
        return out;
    }

    /** Rejects keys other than the allowed ones (catches typos in parameter names). */
    Map<String, YamlNode> entries(Set<String> allowed) {
        Map<String, YamlNode> e = entries();
        for (var entry : e.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw keyProblem(entry.getKey(), "unknown key '" + entry.getKey() + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return e;
    }

    private SchemeException keyProblem(String key, String message) {
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            YamlNode k = new YamlNode(source, t.getKeyNode());
            if (k.text().equals(key)) {
                return k.problem(message);
            }
        }
        return problem(message);
    }

    YamlNode required(String key) {
        YamlNode v = entries().get(key);
        if (v == null) {
            throw problem("missing key '" + key + "'");
        }
        return v;
    }

    YamlNode optional(String key) {
        return entries().get(key);
    }

    List<YamlNode> list() {
        if (!(node instanceof SequenceNode seq)) {
            throw problem("expected a list");
        }
        List<YamlNode> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            out.add(new YamlNode(source, n));
        }
        return out;
    }

    String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw problem("expected a single value");
        }
        String v = scalar.getValue().trim();
        if (v.isEmpty()) {
            throw problem("empty value");
        }
        return v;
    }

    BigDecimal number() {
        try {
            return new BigDecimal(text());
        } catch (NumberFormatException e) {
            throw problem("not a number: '" + text() + "'");
        }
    }

    /** A number that must not be negative. */
    BigDecimal points(String what) {
        BigDecimal v = number();
        if (v.signum() < 0) {
            throw problem("negative points for " + what + ": " + v.toPlainString());
        }
        return v;
    }

    boolean bool() {
        return switch (text()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw problem("expected true or false: '" + text() + "'");
        };
    }
}
