package cn.jifending.scoring;

import cn.jifending.scoring.internal.SchemeParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scoring scheme (one year's rules) as loaded and validated from a YAML file.
 * Use {@link #load(Path)}, {@link #parse(String, Reader)} or {@link #builtIn2021()}.
 */
public record Scheme(String name, String title, Years years, BigDecimal total, int scale,
                     RoundingMode roundingMode, Part base, List<Group> groups, Part featured,
                     List<FeaturedItem> featuredItems, Part review, List<Grade> grades,
                     List<Band> formalBands, List<Band> probationaryBands, Consecutive consecutive) {

    /** The classpath location of the scheme shipped for 2021 onwards. */
    public static final String BUILT_IN_2021 = "schemes/changzhou-2021.yaml";

    /** Years covered: {@code from} to {@code to} inclusive; {@code to} null when open-ended. */
    public record Years(int from, Integer to) {
        public boolean covers(int year) {
            return year >= from && (to == null || year <= to);
        }
    }

    /** A part of the score (base, featured, review) with its maximum. */
    public record Part(String name, BigDecimal max) {
    }

    /** A base group (政治学习 ...) scored each month. */
    public record Group(String code, String name, BigDecimal max, List<Item> items) {
    }

    /** A base item with its full points, rule and rule parameters. */
    public record Item(String code, String name, BigDecimal full, RuleKind rule,
                       Map<String, BigDecimal> params) {
        public BigDecimal param(String key) {
            BigDecimal v = params.get(key);
            if (v == null) {
                throw new IllegalStateException("item " + code + " has no parameter " + key);
            }
            return v;
        }
    }

    /** A featured item with its cap; branch-defined items collect {@code branch:<code>} facts. */
    public record FeaturedItem(String code, String name, BigDecimal max, BigDecimal defaultPoints,
                               boolean branchDefined) {
    }

    /** A review grade and its points. */
    public record Grade(String grade, String name, BigDecimal points) {
    }

    /** A standing band: composite at least {@code min}; {@code warning} null when none. */
    public record Band(BigDecimal min, String tier, String name, String warning) {
    }

    /** Two years in a row below {@code below} (formal members). */
    public record Consecutive(BigDecimal below, String warning, String name) {
    }

    /** Loads and validates a scheme file; {@link SchemeException} names the file and line of a problem. */
    public static Scheme load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), reader);
        } catch (IOException e) {
            throw new SchemeException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    /** Parses and validates scheme YAML; {@code source} names it in error messages. */
    public static Scheme parse(String source, Reader yaml) {
        return new SchemeParser(source).parse(yaml);
    }

    /** Loads a scheme from the classpath. */
    public static Scheme loadResource(String resource) {
        InputStream in = Scheme.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new SchemeException(resource, 0, "no such classpath resource");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(resource, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scheme shipped with the product for 2021 onwards. */
    public static Scheme builtIn2021() {
        return loadResource(BUILT_IN_2021);
    }

    /** The base item with this code, if any. */
    public Optional<Item> item(String code) {
        return groups.stream().flatMap(g -> g.items().stream()).filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * The featured item a ledger item code counts under: its own code, or the branch-defined item for
     * {@code branch:<code>}.
     */
    public Optional<FeaturedItem> featuredItemFor(String ledgerItem) {
        if (ledgerItem == null) {
            return Optional.empty();
        }
        if (ledgerItem.startsWith("branch:") && ledgerItem.length() > "branch:".length()) {
            return featuredItems.stream().filter(FeaturedItem::branchDefined).findFirst();
        }
        return featuredItems.stream().filter(f -> !f.branchDefined() && f.code().equals(ledgerItem)).findFirst();
    }

    /** The review grade with this name (EXCELLENT ...), if any. */
    public Optional<Grade> grade(String grade) {
        return grades.stream().filter(g -> g.grade().equals(grade)).findFirst();
    }

    /** Rounds a figure the way this scheme shows results. */
    public BigDecimal round(BigDecimal value) {
        return value.setScale(scale, roundingMode);
    }
}
