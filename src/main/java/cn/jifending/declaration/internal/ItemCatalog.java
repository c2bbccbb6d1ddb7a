package cn.jifending.declaration.internal;

import cn.jifending.ledger.Scores;
import cn.jifending.scoring.Scheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * What a branch's members can declare in a year: the scheme's featured items (except the
 * branch-defined bucket itself) and the branch's approved own items.
 */
@Component
class ItemCatalog {

    static final String ALIASES = "declaration/item-aliases.properties";

    private final Scores scores;
    private final BranchItemStore branchItems;
    private final DeclarationProperties properties;
    private final Map<String, List<String>> aliases = loadAliases();

    ItemCatalog(Scores scores, BranchItemStore branchItems, DeclarationProperties properties) {
        this.scores = scores;
        this.branchItems = branchItems;
        this.properties = properties;
    }

    List<DeclarableItem> itemsFor(long branchId, int year) {
        Scheme scheme = scores.schemeFor(year);
        List<DeclarableItem> items = new ArrayList<>(schemeItems(scheme, aliases, properties.evidenceRequiredItems()));
        for (BranchItem b : branchItems.live(branchId, year)) {
            if (b.status() == BranchItem.Status.APPROVED) {
                items.add(new DeclarableItem(b.ledgerItem(), b.name(), List.of(b.name()), b.cap(), b.points(),
                        b.evidenceRequired()));
            }
        }
        return items;
    }

    Optional<DeclarableItem> find(long branchId, int year, String ledgerItem) {
        return itemsFor(branchId, year).stream().filter(i -> i.ledgerItem().equals(ledgerItem)).findFirst();
    }

    /** The scheme's own featured items with their aliases (pure; the parser tests use it too). */
    static List<DeclarableItem> schemeItems(Scheme scheme, Map<String, List<String>> aliases, Set<String> evidence) {
        List<DeclarableItem> items = new ArrayList<>();
        for (Scheme.FeaturedItem f : scheme.featuredItems()) {
            if (f.branchDefined()) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            names.add(f.name());
            names.addAll(aliases.getOrDefault(f.code(), List.of()));
            List<String> sorted = names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            items.add(new DeclarableItem(f.code(), f.name(), sorted, f.max(),
                    f.defaultPoints() == null ? java.math.BigDecimal.ONE : f.defaultPoints(),
                    evidence.contains(f.code())));
        }
        return items;
    }

    static Map<String, List<String>> loadAliases() {
        Properties p = new Properties();
        try (InputStream in = ItemCatalog.class.getClassLoader().getResourceAsStream(ALIASES)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + ALIASES);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> out = new TreeMap<>();
        p.forEach((k, v) -> out.put(k.toString(), Arrays.stream(v.toString().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()));
        return out;
    }
}
