package cn.jifending.recording.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import cn.jifending.bot.ChatInput;
import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.LedgerException;
import cn.jifending.ledger.NewFact;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.scoring.FactKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A branch committee member confirms (FINDING fact written, the member told privately) or rejects a
 * finding the secretary recorded.
 */
@Component
class FindingDecisionCardAction implements CardActionHandler {

    static final String CONFIRM = "finding-confirm";
    static final String REJECT = "finding-reject";

    private final PendingRequests pending;
    private final Clerks clerks;
    private final Ledger ledger;
    private final MessageTemplates templates;

    FindingDecisionCardAction(PendingRequests pending, Clerks clerks, Ledger ledger, MessageTemplates templates) {
        this.pending = pending;
        this.clerks = clerks;
        this.ledger = ledger;
        this.templates = templates;
    }

    @Override
    public Set<String> actionIds() {
        return Set.of(CONFIRM, REJECT);
    }

    @Override
    public Access access() {
        return Access.branchCommitteeOfOwnBranch();
    }

    @Override
    public void handle(CardActionContext ctx) {
        var open = pending.open(ctx, RequestStore.Kind.FINDING,
                r -> clerks.isCommitteeMemberOf(ctx.actor(), r.branchId())
                        && !ctx.actor().userId().equals(r.requestedBy()));
        if (open.isEmpty()) {
            return;
        }
        var r = open.get();
        var member = clerks.directory().findByMemberId(r.memberId()).orElseThrow();
        Map<String, Object> model = Map.of("member", member.name(), "date", ChatInput.show(r.occurredOn()),
                "reason", r.reason(), "decidedBy", ctx.actor().name());
        if (CONFIRM.equals(ctx.action().actionId())) {
            Fact fact;
            try {
                fact = ledger.record(NewFact.of(FactKind.FINDING, r.branchId(), r.memberId(), null, r.occurredOn(),
                        null, pending.source(ctx), ctx.actor().userId()).withReason(r.reason()));
            } catch (LedgerException e) {
                pending.failed(ctx, e);
                return;
            }
            pending.close(ctx, r, true, fact.id(), templates.message("finding-confirmed", model).strip());
            ctx.outbox().message(List.of(member.userId()), "finding-notice", model);
            ctx.outbox().message(List.of(r.requestedBy()), "finding-confirmed", model);
            ctx.reply("finding-confirmed", model);
        } else {
            pending.close(ctx, r, false, null, templates.message("finding-rejected", model).strip());
            ctx.outbox().message(List.of(r.requestedBy()), "finding-rejected", model);
            ctx.reply("finding-rejected", model);
        }
    }
}
