package cn.jifending.declaration.internal;

import cn.jifending.declaration.DeclarationDecided;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the member how their declaration was decided, on {@link DeclarationDecided}: after the decision
 * committed, in its own transaction, kept in the event publication registry until it has run (like publicity's
 * sign-off listener, synchronously, so the press is acknowledged once the member's message is in the outbox).
 */
@Component
class DecisionNotice {

    private final Outbox outbox;
    private final MemberDirectory directory;

    DecisionNotice(Outbox outbox, MemberDirectory directory) {
        this.outbox = outbox;
        this.directory = directory;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DeclarationDecided decided) {
        boolean rejected = decided.outcome() == DeclarationDecided.Outcome.REJECTED;
        outbox.message(List.of(decided.memberUserId()), rejected ? "declaration-rejected" : "declaration-approved",
                Map.of("id", decided.declarationId(), "item", decided.itemName(), "date", Texts.date(decided.occurredOn()),
                        "decider", directory.findByUserId(decided.decidedBy()).map(Person::name).orElse(""),
                        "points", Texts.points(decided.points()),
                        "reason", decided.reason() == null ? "" : decided.reason()));
    }
}
