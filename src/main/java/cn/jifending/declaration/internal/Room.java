package cn.jifending.declaration.internal;

import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.Scores;
import cn.jifending.scoring.FactKind;
import cn.jifending.scoring.Scheme;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * How many points an item can still take for a member this year: its cap minus the approved points
 * in force; for a branch item also within the scheme's cap for all branch items together.
 */
@Component
class Room {

    private final Ledger ledger;
    private final Scores scores;

    Room(Ledger ledger, Scores scores) {
        this.ledger = ledger;
        this.scores = scores;
    }

    BigDecimal left(long memberId, DeclarableItem item, int year) {
        List<Fact> facts = ledger.factsOf(memberId, year);
        Set<Long> cancelled = new HashSet<>();
        facts.stream().filter(f -> f.corrects() != null).forEach(f -> cancelled.add(f.corrects()));
        List<Fact> featured = facts.stream()
                .filter(f -> f.kind() == FactKind.FEATURED && !cancelled.contains(f.id())).toList();
        BigDecimal used = sum(featured.stream().filter(f -> item.ledgerItem().equals(f.item())).toList());
        BigDecimal left = item.cap().subtract(used);
        if (item.branchDefined()) {
            Scheme scheme = scores.schemeFor(year);
            BigDecimal bucket = scheme.featuredItemFor(item.ledgerItem()).map(Scheme.FeaturedItem::max)
                    .orElse(BigDecimal.ZERO);
            BigDecimal usedAll = sum(featured.stream().filter(f -> f.item() != null && f.item().startsWith("branch:"))
                    .toList());
            left = left.min(bucket.subtract(usedAll));
        }
        return left.max(BigDecimal.ZERO);
    }

    private static BigDecimal sum(List<Fact> facts) {
        return facts.stream().map(f -> new BigDecimal(f.value())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
