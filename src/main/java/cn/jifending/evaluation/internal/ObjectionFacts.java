package cn.jifending.evaluation.internal;

import cn.jifending.bot.Quarter;
import cn.jifending.ledger.Correction;
import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.LedgerException;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.notification.TemplateModel;
import cn.jifending.scoring.FactKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The member's ledger facts of an objected quarter as the panel's objection card lists them (by 编号, the
 * fact id, with the labels of {@code messages/fact-labels.md}), and the panel's correction of one of them,
 * written in its own savepoint so that a value the ledger refuses leaves the decision open and is answered.
 */
@Component
class ObjectionFacts {

    private final Ledger ledger;
    private final MessageTemplates templates;
    private final TransactionTemplate savepoint;

    ObjectionFacts(Ledger ledger, MessageTemplates templates, PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.templates = templates;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The member's current facts dated in the quarter (corrected ones and reversals left out), for a template list. */
    List<Map<String, Object>> listed(long memberId, Quarter quarter) {
        List<Fact> all = ledger.factsOf(memberId, quarter.year());
        Set<Long> superseded = all.stream().map(Fact::corrects).filter(c -> c != null).collect(Collectors.toSet());
        Map<String, String> labels = labels();
        List<Map<String, Object>> rows = all.stream()
                .filter(f -> f.kind() != FactKind.REVERSAL && f.kind() != FactKind.MEMBERSHIP)
                .filter(f -> !superseded.contains(f.id()) && Quarter.of(f.occurredOn()).equals(quarter))
                .map(f -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", f.id());
                    row.put("kind", labels.getOrDefault(f.kind().name(), f.kind().name()));
                    row.put("date", f.occurredOn());
                    row.put("value", f.value() == null ? null : labels.getOrDefault(f.value(), f.value()));
                    row.put("code", f.value());
                    return row;
                }).toList();
        return TemplateModel.list(rows);
    }

    /** The value to store for what the panel typed: a value code, or the label the card shows for it. */
    String storedValue(String typed) {
        return labels().entrySet().stream().filter(e -> e.getValue().equals(typed)).map(Map.Entry::getKey)
                .findFirst().orElse(typed);
    }

    /** The label of a stored value, for a reply. */
    String shown(String value) {
        return value == null ? null : labels().getOrDefault(value, value);
    }

    /** Writes the correction; empty (nothing written) when the ledger refuses it. */
    Optional<Fact> correct(long factId, Correction correction) {
        try {
            return Optional.ofNullable(savepoint.execute(status -> ledger.correct(factId, correction)));
        } catch (LedgerException e) {
            return Optional.empty();
        }
    }

    private Map<String, String> labels() {
        return templates.labels("fact-labels");
    }
}
