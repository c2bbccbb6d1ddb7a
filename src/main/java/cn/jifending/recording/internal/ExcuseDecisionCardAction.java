package cn.jifending.recording.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import cn.jifending.bot.ChatInput;
import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.NewFact;
import cn.jifending.ledger.PeriodLocks;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.recording.internal.MeetingStore.Status;
import cn.jifending.scoring.FactKind;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The secretary's decision on an excuse (请假): approved writes ATTENDANCE EXCUSED, refused writes
 * ABSENT. Until then the member has no attendance fact for the meeting.
 */
@Component
class ExcuseDecisionCardAction implements CardActionHandler {

    static final String APPROVE = "excuse-approve";
    static final String REFUSE = "excuse-refuse";

    private final PendingRequests pending;
    private final Clerks clerks;
    private final Ledger ledger;
    private final MeetingStore meetings;
    private final MessageTemplates templates;
    private final PeriodLocks locks;
    private final Clock clock;

    ExcuseDecisionCardAction(PendingRequests pending, Clerks clerks, Ledger ledger, MeetingStore meetings,
                          MessageTemplates templates, PeriodLocks locks, Clock clock) {
        this.pending = pending;
        this.clerks = clerks;
        this.ledger = ledger;
        this.meetings = meetings;
        this.templates = templates;
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    public Set<String> actionIds() {
        return Set.of(APPROVE, REFUSE);
    }

    @Override
    public Access access() {
        return Access.secretaryOfOwnBranch();
    }

    @Override
    public void handle(CardActionContext ctx) {
        var open = pending.open(ctx, RequestStore.Kind.EXCUSE,
                r -> clerks.isSecretaryOf(ctx.actor(), r.branchId()));
        if (open.isEmpty()) {
            return;
        }
        var r = open.get();
        boolean approved = APPROVE.equals(ctx.action().actionId());
        LedgerItem item = LedgerItem.byCode(r.item()).orElseThrow();
        String member = clerks.directory().findByMemberId(r.memberId()).map(p -> p.name()).orElse("#" + r.memberId());
        if (locks.isLocked(r.branchId(), r.occurredOn())) {
            // the quarter was signed off meanwhile: only the branch committee's correction may change it now
            ctx.reply("excuse-locked", Map.of("member", member, "item", item.word(), "date", ChatInput.show(r.occurredOn())));
            return;
        }
        Fact fact = ledger.record(NewFact.of(FactKind.ATTENDANCE, r.branchId(), r.memberId(), r.item(), r.occurredOn(),
                approved ? "EXCUSED" : "ABSENT", pending.source(ctx), ctx.actor().userId()));
        meetings.decide(r.attendanceId(), approved ? Status.EXCUSED : Status.EXCUSE_REFUSED, fact.id(),
                ctx.actor().userId(), LocalDateTime.now(clock));
        Map<String, Object> model = Map.of("member", member, "item", item.word(), "date", ChatInput.show(r.occurredOn()),
                "decidedBy", ctx.actor().name());
        String template = approved ? "excuse-approved" : "excuse-refused";
        pending.close(ctx, r, approved, fact.id(), templates.message(template, model).strip());
        ctx.reply(template, model);
        if (!r.requestedBy().equals(ctx.actor().userId())) {
            ctx.outbox().message(List.of(r.requestedBy()), template, model);
        }
    }
}
