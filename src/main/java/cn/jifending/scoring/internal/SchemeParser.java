package cn.jifending.scoring.internal;

import cn.jifending.scoring.RuleKind;
import cn.jifending.scoring.Scheme;
import cn.jifending.scoring.SchemeException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a scheme file through SnakeYAML's node tree (for line numbers) and validates it. */
public final class SchemeParser {

    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:(-)(\\d{4})?)?");
    private static final Set<String> ITEM_KEYS = Set.of("code", "name", "full", "rule", "per_miss", "floor",
            "target", "per_point", "deduction");

    private final String source;
    private final Set<String> codes = new HashSet<>();

    public SchemeParser(String source) {
        this.source = source;
    }

    public Scheme parse(Reader reader) {
        Node rootNode;
        try {
            rootNode = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new SchemeException(source, line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new SchemeException(source, 0, "not valid YAML: " + e.getMessage());
        }
        if (rootNode == null) {
            throw new SchemeException(source, 1, "empty scheme file");
        }
        YamlNode root = new YamlNode(source, rootNode);
        root.entries(Set.of("scheme", "title", "years", "total", "rounding", "base", "featured", "review",
                "standing"));

        YamlNode totalNode = root.required("total");
        BigDecimal total = totalNode.points("total");
        YamlNode rounding = root.required("rounding");
        rounding.entries(Set.of("scale", "mode"));
        int scale = scale(rounding.required("scale"));
        RoundingMode mode = roundingMode(rounding.required("mode"));

        YamlNode baseNode = root.required("base");
        baseNode.entries(Set.of("name", "max", "groups"));
        Scheme.Part base = part(baseNode);
        List<Scheme.Group> groups = new ArrayList<>();
        for (YamlNode g : baseNode.required("groups").list()) {
            groups.add(group(g));
        }
        requireSum(baseNode.required("max"), base.max(), groups.stream().map(Scheme.Group::max).toList(),
                "base groups");

        YamlNode featuredNode = root.required("featured");
        featuredNode.entries(Set.of("name", "max", "rule", "items"));
        requireRule(featuredNode.required("rule"), RuleKind.CAPPED_ADDITIVE);
        Scheme.Part featured = part(featuredNode);
        List<Scheme.FeaturedItem> featuredItems = new ArrayList<>();
        for (YamlNode f : featuredNode.required("items").list()) {
            featuredItems.add(featuredItem(f));
        }
        requireSum(featuredNode.required("max"), featured.max(),
                featuredItems.stream().map(Scheme.FeaturedItem::max).toList(), "featured items");
        if (featuredItems.stream().filter(Scheme.FeaturedItem::branchDefined).count() > 1) {
            throw featuredNode.problem("more than one featured item is branch_defined");
        }

        YamlNode reviewNode = root.required("review");
        reviewNode.entries(Set.of("name", "max", "rule", "grades"));
        requireRule(reviewNode.required("rule"), RuleKind.GRADED);
        Scheme.Part review = part(reviewNode);
        List<Scheme.Grade> grades = grades(reviewNode);
        BigDecimal top = grades.stream().map(Scheme.Grade::points).max(BigDecimal::compareTo).orElseThrow();
        if (top.compareTo(review.max()) != 0) {
            throw reviewNode.required("max").problem("review max " + review.max().toPlainString()
                    + " does not equal the best grade's points " + top.toPlainString());
        }

        requireSum(totalNode, total, List.of(base.max(), featured.max(), review.max()), "parts base + featured + review");

        YamlNode standing = root.required("standing");
        standing.entries(Set.of("formal", "probationary", "consecutive"));
        List<Scheme.Band> formal = bands(standing.required("formal"), total);
        List<Scheme.Band> probationary = bands(standing.required("probationary"), total);
        YamlNode c = standing.required("consecutive");
        c.entries(Set.of("below", "warning", "name"));
        Scheme.Consecutive consecutive = new Scheme.Consecutive(c.required("below").points("consecutive.below"),
                c.required("warning").text(), c.required("name").text());

        return new Scheme(root.required("scheme").text(), root.required("title").text(), years(root.required("years")),
                total, scale, mode, base, List.copyOf(groups), featured, List.copyOf(featuredItems), review,
                grades, formal, probationary, consecutive);
    }

    private Scheme.Years years(YamlNode node) {
        Matcher m = YEARS.matcher(node.text());
        if (!m.matches()) {
            throw node.problem("years must look like 2021, 2021- or 2021-2025: '" + node.text() + "'");
        }
        int from = Integer.parseInt(m.group(1));
        Integer to = m.group(2) == null ? Integer.valueOf(from) : m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if (to != null && to < from) {
            throw node.problem("years end before they start: '" + node.text() + "'");
        }
        return new Scheme.Years(from, to);
    }

    private static int scale(YamlNode node) {
        BigDecimal v = node.number();
        if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.TEN) > 0) {
            throw node.problem("rounding scale must be a whole number from 0 to 10: " + v.toPlainString());
        }
        return v.intValue();
    }

    private RoundingMode roundingMode(YamlNode node) {
        try {
            return RoundingMode.valueOf(node.text());
        } catch (IllegalArgumentException e) {
            throw node.problem("unknown rounding mode '" + node.text() + "'");
        }
    }

    private Scheme.Part part(YamlNode node) {
        return new Scheme.Part(node.required("name").text(), node.required("max").points("max"));
    }

    private Scheme.Group group(YamlNode node) {
        node.entries(Set.of("code", "name", "max", "items"));
        String code = code(node.required("code"));
        BigDecimal max = node.required("max").points("group " + code);
        List<Scheme.Item> items = new ArrayList<>();
        for (YamlNode i : node.required("items").list()) {
            items.add(item(i));
        }
        requireSum(node.required("max"), max, items.stream().map(Scheme.Item::full).toList(),
                "full points of the items of group " + code);
        return new Scheme.Group(code, node.required("name").text(), max, List.copyOf(items));
    }

    private Scheme.Item item(YamlNode node) {
        Map<String, YamlNode> e = node.entries(ITEM_KEYS);
        String code = code(node.required("code"));
        RuleKind rule = rule(node.required("rule"));
        if (!rule.isBaseRule()) {
            throw node.required("rule").problem("rule kind " + rule.schemeName() + " is not a base item rule");
        }
        Map<String, BigDecimal> params = new LinkedHashMap<>();
        for (String p : rule.parameters()) {
            params.put(p, node.required(p).points(code + "." + p));
        }
        for (String key : e.keySet()) {
            if (!Set.of("code", "name", "full", "rule").contains(key) && !params.containsKey(key)) {
                throw e.get(key).problem("parameter '" + key + "' does not apply to rule " + rule.schemeName());
            }
        }
        if (rule == RuleKind.TARGET_DEDUCTION && params.get("target").signum() == 0) {
            throw node.required("target").problem("target of " + code + " must be above 0");
        }
        return new Scheme.Item(code, node.required("name").text(), node.required("full").points(code),
                rule, Map.copyOf(params));
    }

    private Scheme.FeaturedItem featuredItem(YamlNode node) {
        node.entries(Set.of("code", "name", "max", "default_points", "branch_defined"));
        String code = code(node.required("code"));
        YamlNode def = node.optional("default_points");
        YamlNode branch = node.optional("branch_defined");
        BigDecimal max = node.required("max").points(code);
        BigDecimal defaultPoints = def == null ? null : def.points(code + ".default_points");
        if (defaultPoints != null && defaultPoints.compareTo(max) > 0) {
            throw def.problem("default_points of " + code + " exceed its max " + max.toPlainString());
        }
        return new Scheme.FeaturedItem(code, node.required("name").text(), max, defaultPoints,
                branch != null && branch.bool());
    }

    private List<Scheme.Grade> grades(YamlNode reviewNode) {
        List<Scheme.Grade> grades = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode g : reviewNode.required("grades").list()) {
            g.entries(Set.of("grade", "name", "points"));
            String grade = g.required("grade").text();
            if (!seen.add(grade)) {
                throw g.required("grade").problem("duplicate grade " + grade);
            }
            grades.add(new Scheme.Grade(grade, g.required("name").text(), g.required("points").points("grade " + grade)));
        }
        if (grades.isEmpty()) {
            throw reviewNode.required("grades").problem("no review grades");
        }
        return List.copyOf(grades);
    }

    private List<Scheme.Band> bands(YamlNode node, BigDecimal total) {
        List<Scheme.Band> bands = new ArrayList<>();
        BigDecimal previous = null;
        for (YamlNode b : node.list()) {
            b.entries(Set.of("min", "tier", "name", "warning"));
            BigDecimal min = b.required("min").points("band min");
            if (min.compareTo(total) > 0 || (previous != null && min.compareTo(previous) >= 0)) {
                throw b.required("min").problem("band minimums must fall strictly and stay within the total");
            }
            previous = min;
            YamlNode w = b.optional("warning");
            bands.add(new Scheme.Band(min, b.required("tier").text(), b.required("name").text(),
                    w == null ? null : w.text()));
        }
        if (bands.isEmpty() || previous.signum() != 0) {
            throw node.problem("the last band must start at 0 so every composite has a tier");
        }
        return List.copyOf(bands);
    }

    private String code(YamlNode node) {
        String code = node.text();
        if (!codes.add(code)) {
            throw node.problem("duplicate item code '" + code + "'");
        }
        return code;
    }

    private RuleKind rule(YamlNode node) {
        String name = node.text();
        for (RuleKind k : RuleKind.values()) {
            if (k.schemeName().equals(name)) {
                return k;
            }
        }
        throw node.problem("unknown rule kind '" + name + "' (known: "
                + String.join(", ", Arrays.stream(RuleKind.values()).map(RuleKind::schemeName).toList()) + ")");
    }

    private void requireRule(YamlNode node, RuleKind expected) {
        RuleKind actual = rule(node);
        if (actual != expected) {
            throw node.problem("rule must be " + expected.schemeName() + ", not " + actual.schemeName());
        }
    }

    private static void requireSum(YamlNode at, BigDecimal declared, List<BigDecimal> parts, String what) {
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(declared) != 0) {
            throw at.problem(what + " add up to " + sum.toPlainString() + ", not the declared "
                    + declared.toPlainString());
        }
    }

}
