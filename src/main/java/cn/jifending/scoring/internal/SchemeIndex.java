package cn.jifending.scoring.internal;

import cn.jifending.scoring.FactKind;
import cn.jifending.scoring.Scheme;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A scheme's lookups by code, answering as {@link Scheme#item}, {@link Scheme#featuredItemFor} and
 * {@link Scheme#grade} do, without a stream per fact. The last scheme's index is kept (one scheme a year).
 */
final class SchemeIndex {

    private static volatile SchemeIndex last;

    private final Scheme scheme;
    /** Each base item code with the fact kind its rule takes (the first item of that code, as Scheme#item). */
    private final Map<String, FactKind> itemKinds = new HashMap<>();
    private final Set<String> featuredCodes = new HashSet<>();
    private final boolean branchDefined;
    private final Set<String> grades = new HashSet<>();
    /** Every number of the groups and base items (max, full, parameters) as an exact value, by identity. */
    private final IdentityHashMap<BigDecimal, Exact> exacts = new IdentityHashMap<>();
    private final int baseItemCount;

    private SchemeIndex(Scheme scheme) {
        this.scheme = scheme;
        int items = 0;
        for (Scheme.Group g : scheme.groups()) {
            exacts.put(g.max(), Exact.of(g.max()));
            for (Scheme.Item i : g.items()) {
                itemKinds.putIfAbsent(i.code(), i.rule().factKind());
                exacts.put(i.full(), Exact.of(i.full()));
                i.params().values().forEach(v -> exacts.put(v, Exact.of(v)));
                items++;
            }
        }
        this.baseItemCount = items;
        boolean any = false;
        for (Scheme.FeaturedItem f : scheme.featuredItems()) {
            if (f.branchDefined()) {
                any = true;
            } else {
                featuredCodes.add(f.code());
            }
        }
        this.branchDefined = any;
        scheme.grades().forEach(g -> grades.add(g.grade()));
    }

    static SchemeIndex of(Scheme scheme) {
        SchemeIndex index = last;
        if (index == null || index.scheme != scheme) {
            index = new SchemeIndex(scheme);
            last = index;
        }
        return index;
    }

    /** {@code d} as an exact value: kept for the scheme's own numbers, computed for any other. */
    Exact exact(BigDecimal d) {
        Exact e = exacts.get(d);
        return e != null ? e : Exact.of(d);
    }

    /** How many base items the scheme's groups hold, counting each group's items. */
    int baseItemCount() {
        return baseItemCount;
    }

    /** True when {@code item} is a base item whose rule takes facts of {@code kind}. */
    boolean takes(String item, FactKind kind) {
        return item != null && itemKinds.get(item) == kind;
    }

    /** True when {@link Scheme#featuredItemFor} finds an item for this ledger item code. */
    boolean featured(String ledgerItem) {
        if (ledgerItem == null) {
            return false;
        }
        if (ledgerItem.startsWith("branch:") && ledgerItem.length() > "branch:".length()) {
            return branchDefined;
        }
        return featuredCodes.contains(ledgerItem);
    }

    boolean grade(String grade) {
        return grade != null && grades.contains(grade);
    }
}
