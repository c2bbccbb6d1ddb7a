package cn.jifending.recording.internal;

import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.bot.CardActionContext;
import cn.jifending.audit.Source;
import cn.jifending.bot.CardParams;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.recording.internal.RequestStore.Request;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The common part of deciding a request on a card: find and lock it, refuse a press by someone who
 * may not decide it (audited) or on a request already decided, and close the card afterwards.
 */
@Component
class PendingRequests {

    private final RequestStore requests;
    private final AuditLog audit;
    private final MessageTemplates templates;
    private final Clock clock;

    PendingRequests(RequestStore requests, AuditLog audit, MessageTemplates templates, Clock clock) {
        this.requests = requests;
        this.audit = audit;
        this.templates = templates;
        this.clock = clock;
    }

    /** The pending request of the card, if the actor may decide it; otherwise the actor has been answered. */
    Optional<Request> open(CardActionContext ctx, RequestStore.Kind kind, Predicate<Request> mayDecide) {
        Optional<Long> asked = CardParams.id(ctx, "requestId");
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        long id = asked.get();
        Optional<Request> r = requests.lock(id).filter(x -> x.kind() == kind);
        if (r.isEmpty()) {
            ctx.reply("request-unknown", Map.of());
            return Optional.empty();
        }
        if (!mayDecide.test(r.get())) {
            audit.record(AuditEntry.of(ctx.actor().userId(), "recording.refused", "rec_request", id, ctx.source())
                    .with("what", ctx.action().actionId()));
            ctx.reply("request-not-yours", Map.of("name", ctx.actor().name()));
            return Optional.empty();
        }
        if (r.get().status() != RequestStore.Status.PENDING) {
            ctx.reply("request-already-decided", Map.of("decidedBy", String.valueOf(r.get().decidedBy())));
            return Optional.empty();
        }
        return r;
    }

    /** Marks the request decided, audits it and shows the outcome on the card for everyone who got it. */
    void close(CardActionContext ctx, Request r, boolean approved, Long resultFactId, String outcome) {
        RequestStore.Status status = approved ? RequestStore.Status.APPROVED : RequestStore.Status.REFUSED;
        requests.decide(r.id(), status, ctx.actor().userId(), resultFactId, LocalDateTime.now(clock));
        audit.record(AuditEntry.of(ctx.actor().userId(), "recording." + r.kind().name().toLowerCase()
                        + "." + status.name().toLowerCase(), "rec_request", r.id(), ctx.source())
                .changed("PENDING", status).with("fact", resultFactId));
        ctx.outbox().updateCard(r.outTrackId(), "request-decided", Map.of("title",
                templates.message("request-decided-title", Map.of()).strip(), "content", outcome));
    }

    /** Tells the actor why the ledger refused the write (the request stays pending). */
    void failed(CardActionContext ctx, cn.jifending.ledger.LedgerException e) {
        String why = e instanceof cn.jifending.ledger.PeriodLockedException locked
                ? templates.message("problem-period-locked", Map.of("date", locked.year() + " Q" + locked.quarter())).strip()
                : e.getMessage();
        ctx.reply("request-failed", Map.of("text", why));
    }

    Source source(CardActionContext ctx) {
        return ctx.source();
    }
}
