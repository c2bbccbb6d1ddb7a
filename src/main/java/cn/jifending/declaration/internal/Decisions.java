package cn.jifending.declaration.internal;

import cn.jifending.bot.ChatInput;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.NewFact;
import cn.jifending.ledger.PeriodLocks;
import cn.jifending.audit.Source;
import cn.jifending.declaration.DeclarationDecided;
import org.springframework.context.ApplicationEventPublisher;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.scoring.FactKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 通过 / 驳回 / 调整分值 on a declaration, from a card or a text reply. Checks who may decide, that
 * it is still pending (a second decision is refused, never repeated), then in one go: the status,
 * the ledger FEATURED fact (when points &gt; 0), the audit row, the card updated for everyone, the
 * member told. Returns the reply for the person who decided.
 */
@Component
class Decisions {

    enum Kind { APPROVE, REJECT, ADJUST }

    record Reply(String template, Map<String, Object> model) {
    }

    private final DeclarationStore declarations;
    private final ItemCatalog catalog;
    private final Room room;
    private final Ledger ledger;
    private final PeriodLocks locks;
    private final AuditLog audit;
    private final MemberDirectory directory;
    private final Submission submission;
    private final Texts texts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Decisions(DeclarationStore declarations, ItemCatalog catalog, Room room, Ledger ledger, PeriodLocks locks,
              AuditLog audit, MemberDirectory directory, Submission submission, Texts texts, Clock clock,
              ApplicationEventPublisher events) {
        this.events = events;
        this.declarations = declarations;
        this.catalog = catalog;
        this.room = room;
        this.ledger = ledger;
        this.locks = locks;
        this.audit = audit;
        this.directory = directory;
        this.submission = submission;
        this.texts = texts;
        this.clock = clock;
    }

    Reply decide(Declaration d, Person actor, Kind kind, String input, Source source, Outbox outbox) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", d.id());
        if (d.userId().equals(actor.userId())) {
            return new Reply("decision-own", model);
        }
        if (!d.approvers().contains(actor.userId())) {
            return new Reply(d.viewers().contains(actor.userId()) ? "decision-view-only" : "decision-not-yours",
                    model);
        }
        if (d.status() != Declaration.Status.PENDING) {
            return already(d, model);
        }
        DeclarableItem item = catalog.find(d.branchId(), d.occurredOn().getYear(), d.item()).orElse(null);
        BigDecimal left = item == null ? BigDecimal.ZERO : room.left(d.memberId(), item, d.occurredOn().getYear());
        model.put("room", Texts.points(left));
        String reason = null;
        BigDecimal points = BigDecimal.ZERO;
        switch (kind) {
            case REJECT -> {
                reason = input == null ? "" : input.strip();
                if (reason.isEmpty()) {
                    return new Reply("decision-reason-needed", model);
                }
                if (reason.length() > 200) {
                    reason = reason.substring(0, 200);
                }
            }
            case ADJUST -> {
                Optional<BigDecimal> p = parsePoints(input);
                if (p.isEmpty() || p.get().compareTo(left) > 0) {
                    model.put("text", input == null || input.isBlank() ? texts.render("declaration-blank", java.util.Map.of()) : input.strip());
                    return new Reply("decision-bad-points", model);
                }
                points = p.get();
            }
            case APPROVE -> points = d.proposedPoints().min(left);
        }
        if (kind != Kind.REJECT && points.signum() > 0 && locks.isLocked(d.branchId(), d.occurredOn())) {
            model.put("date", Texts.date(d.occurredOn()));
            return new Reply("decision-locked", model);
        }
        Declaration.Status to = kind == Kind.REJECT ? Declaration.Status.REJECTED : Declaration.Status.APPROVED;
        LocalDateTime now = LocalDateTime.now(clock);
        if (!declarations.decide(d.id(), Declaration.Status.PENDING, to, kind == Kind.REJECT ? null : points,
                actor.userId(), reason, now)) {
            // lost the race to another decider: say what they decided, read back from the store
            return already(declarations.findLocked(d.id()).orElse(d), model);
        }
        Long factId = null;
        if (to == Declaration.Status.APPROVED && points.signum() > 0) {
            factId = recordFact(d, points, actor.userId(), source, null).id();
            declarations.linkFact(d.id(), factId);
        }
        audit.record(AuditEntry.of(actor.userId(), "declaration." + kind.name().toLowerCase(java.util.Locale.ROOT),
                        "declaration", d.id(), source)
                .changed("PENDING", to).with("points", Texts.points(points)).with("reason", reason).with("fact", factId));
        Declaration decided = declarations.find(d.id()).orElseThrow();
        String memberName = directory.findByMemberId(d.memberId()).map(Person::name).orElse("");
        BigDecimal leftAfter = item == null ? BigDecimal.ZERO
                : room.left(d.memberId(), item, d.occurredOn().getYear());
        model.put("status", texts.status(to));
        model.put("points", Texts.points(points));
        model.put("decider", actor.name());
        model.put("reason", reason == null ? "" : reason);
        model.put("item", d.itemName());
        model.put("date", Texts.date(d.occurredOn()));
        String outcome = texts.render(to == Declaration.Status.REJECTED ? "declaration-outcome-rejected"
                : "declaration-outcome-approved", model);
        outbox.updateCard(d.outTrackId(), "declaration-decided",
                submission.cardModel(decided, memberName, leftAfter, Optional.of(outcome)));
        // the member is told by DecisionNotice, on the event
        events.publishEvent(new DeclarationDecided(d.id(), d.memberId(), d.userId(), to == Declaration.Status.REJECTED
                ? DeclarationDecided.Outcome.REJECTED : DeclarationDecided.Outcome.APPROVED, d.itemName(), d.occurredOn(),
                points, reason, actor.userId(), factId, source));
        return new Reply("decision-done", model);
    }

    /** "Already decided": the status and the decider's name, or without the name when it is unknown. */
    private Reply already(Declaration current, Map<String, Object> model) {
        model.put("status", texts.status(current.status()));
        Optional<String> decider = Optional.ofNullable(current.decidedBy()).flatMap(directory::findByUserId)
                .map(Person::name);
        decider.ifPresent(name -> model.put("decider", name));
        return new Reply(decider.isPresent() ? "decision-already" : "decision-already-no-decider", model);
    }

    Fact recordFact(Declaration d, BigDecimal points, String by, Source source, String approvalRef) {
        return ledger.record(new NewFact(FactKind.FEATURED, d.branchId(), d.memberId(), d.item(), d.occurredOn(),
                points.stripTrailingZeros().toPlainString(), source, by, null, "declaration:" + d.id(), approvalRef));
    }

    /** The most points one decision may give (a typed number above it is not points). */
    private static final BigDecimal MAX_POINTS = new BigDecimal("9999");

    static Optional<BigDecimal> parsePoints(String input) {
        if (input == null) {
            return Optional.empty();
        }
        return ChatInput.number(input, BigDecimal.ZERO, MAX_POINTS, 2).asOptional();
    }
}
