package cn.jifending.scoring.internal;

import cn.jifending.scoring.BranchItem;
import cn.jifending.scoring.Fact;
import cn.jifending.scoring.FactKind;
import cn.jifending.scoring.MemberFacts;
import cn.jifending.scoring.Scheme;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a ledger export that span rows: what is doubtful is an error naming the rows, never
 * silently scored (corrections naming nothing, cycles, two figures in force for one member-month, two
 * reviews in force, members without membership, branch items over their caps).
 */
final class LedgerChecks {

    private final Scheme scheme;
    private final Map<String, String> rowOfFact;
    private final Map<String, String> rowOfItem;
    private final List<String> problems = new ArrayList<>();

    /** @param rowOfFact "file row N (line L)" by fact id; rowOfItem the same by branch item code */
    LedgerChecks(Scheme scheme, Map<String, String> rowOfFact, Map<String, String> rowOfItem) {
        this.scheme = scheme;
        this.rowOfFact = rowOfFact;
        this.rowOfItem = rowOfItem;
    }

    List<String> check(List<MemberFacts> members, List<BranchItem> items) {
        Map<String, Fact> byId = new HashMap<>();
        members.forEach(m -> m.facts().forEach(f -> byId.put(f.id(), f)));
        Set<String> inCycle = cycles(byId);
        for (MemberFacts m : members) {
            for (Fact f : m.facts()) {
                if (f.corrects() != null && !byId.containsKey(f.corrects())) {
                    problem(f, "corrects", (f.kind() == FactKind.REVERSAL ? "reverses" : "corrects") + " fact "
                            + f.corrects() + ", which is not in the file");
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        branchItemCaps(items);
        Map<String, BranchItem> own = new HashMap<>();
        items.forEach(b -> own.put(b.ledgerItem(), b));
        for (MemberFacts m : members) {
            if (m.facts().stream().noneMatch(f -> f.kind() == FactKind.MEMBERSHIP)) {
                problem(m.facts().get(0), "member_id", "member " + m.memberId() + " has " + m.facts().size()
                        + " facts but no MEMBERSHIP row: their facts cannot be scored");
                continue;
            }
            if (m.facts().stream().anyMatch(f -> inCycle.contains(f.id()))) {
                continue;
            }
            List<Fact> effective = Corrections.effective(m.facts());
            onePerMonth(m, effective);
            oneReview(m, effective);
            featured(effective, own);
        }
        return problems;
    }

    /** Facts whose chain of corrections comes back to itself; each cycle reported once with its rows. */
    private Set<String> cycles(Map<String, Fact> byId) {
        Set<String> reported = new HashSet<>();
        for (String id0 : rowOfFact.keySet()) {
            Fact start = byId.get(id0);
            LinkedHashSet<String> path = new LinkedHashSet<>();
            for (Fact f = start; f != null && f.corrects() != null && !reported.contains(f.id()); f = byId.get(f.corrects())) {
                if (!path.add(f.id())) {
                    List<String> cycle = new ArrayList<>();
                    boolean on = false;
                    for (String id : path) {
                        on |= id.equals(f.id());
                        if (on) {
                            cycle.add(id);
                        }
                    }
                    reported.addAll(cycle);
                    problems.add(rowOfFact.get(cycle.get(0)) + ", column corrects: corrections form a cycle through facts "
                            + String.join(" → ", cycle) + " → " + cycle.get(0) + " (rows: "
                            + String.join("; ", cycle.stream().map(rowOfFact::get).toList()) + ")");
                    break;
                }
            }
        }
        return reported;
    }

    private void onePerMonth(MemberFacts m, List<Fact> effective) {
        Map<String, Fact> first = new LinkedHashMap<>();
        for (Fact f : effective) {
            if (!LedgerFile.MONTHLY.contains(f.kind())) {
                continue;
            }
            Fact earlier = first.putIfAbsent(f.kind() + "@" + YearMonth.from(f.occurredOn()), f);
            if (earlier != null) {
                problem(f, "occurred_on", "a second " + f.kind() + " figure of member " + m.memberId() + " for "
                        + YearMonth.from(f.occurredOn()) + " is in force (the first is " + rowOfFact.get(earlier.id())
                        + "); one must correct the other");
            }
        }
    }

    private void oneReview(MemberFacts m, List<Fact> effective) {
        Map<Integer, Fact> first = new HashMap<>();
        for (Fact f : effective) {
            if (f.kind() != FactKind.REVIEW) {
                continue;
            }
            Fact earlier = first.putIfAbsent(f.occurredOn().getYear(), f);
            if (earlier != null) {
                problem(f, "value", "a second REVIEW of member " + m.memberId() + " for " + f.occurredOn().getYear()
                        + " is in force (the first is " + rowOfFact.get(earlier.id()) + "); one must correct the other");
            }
        }
    }

    /** Each branch item's facts within its own yearly cap, and defined at all. */
    private void featured(List<Fact> effective, Map<String, BranchItem> own) {
        Map<String, BigDecimal> used = new HashMap<>();
        List<Fact> ordered = effective.stream().filter(f -> f.kind() == FactKind.FEATURED && f.item() != null
                && f.item().startsWith("branch:")).sorted(Comparator.comparing(Fact::occurredOn)).toList();
        for (Fact f : ordered) {
            BranchItem item = own.get(f.item());
            if (item == null) {
                problem(f, "item", "branch item " + f.item() + " has no BRANCH_ITEM row (its definition) in the file");
                continue;
            }
            BigDecimal total = used.merge(f.item() + "@" + f.occurredOn().getYear(), new BigDecimal(f.value()),
                    BigDecimal::add);
            if (total.compareTo(item.cap()) > 0) {
                problem(f, "value", "brings " + f.item() + " (" + item.name() + ") to " + total.toPlainString()
                        + " points in " + f.occurredOn().getYear() + ", over its yearly cap of "
                        + item.cap().toPlainString());
            }
        }
    }

    /** The caps of one branch's items add up to at most the scheme's branch-item cap. */
    private void branchItemCaps(List<BranchItem> items) {
        BigDecimal bucket = scheme.featuredItems().stream().filter(Scheme.FeaturedItem::branchDefined)
                .map(Scheme.FeaturedItem::max).findFirst().orElse(BigDecimal.ZERO);
        Map<String, List<BranchItem>> byBranch = new LinkedHashMap<>();
        items.forEach(b -> byBranch.computeIfAbsent(b.branchId(), k -> new ArrayList<>()).add(b));
        byBranch.forEach((branch, list) -> {
            BigDecimal sum = list.stream().map(BranchItem::cap).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(bucket) > 0) {
                problems.add(rowOfItem.get(list.get(list.size() - 1).ledgerItem()) + ", column value: the caps of branch "
                        + branch + "'s items add up to " + sum.toPlainString() + ", over " + bucket.toPlainString()
                        + " (rows: " + String.join("; ", list.stream().map(b -> rowOfItem.get(b.ledgerItem())).toList())
                        + ")");
            }
        });
    }

    private void problem(Fact f, String column, String message) {
        problems.add(rowOfFact.get(f.id()) + ", column " + column + ": " + message);
    }
}
