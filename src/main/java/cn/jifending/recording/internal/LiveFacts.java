package cn.jifending.recording.internal;

import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Ledger;
import cn.jifending.scoring.FactKind;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** A member's facts that still count: not cancelled or replaced by a later correction, not reversals. */
@Component
class LiveFacts {

    private final Ledger ledger;

    LiveFacts(Ledger ledger) {
        this.ledger = ledger;
    }

    List<Fact> of(long memberId, YearMonth month) {
        List<Fact> all = ledger.factsOf(memberId, month.getYear());
        Set<Long> corrected = all.stream().filter(Fact::isCorrection).map(Fact::corrects).collect(Collectors.toSet());
        return all.stream().filter(f -> !corrected.contains(f.id()) && f.kind() != FactKind.REVERSAL)
                .filter(f -> YearMonth.from(f.occurredOn()).equals(month))
                .sorted(Comparator.comparing(Fact::occurredOn).thenComparing(Fact::id))
                .toList();
    }
}
