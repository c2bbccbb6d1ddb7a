package cn.jifending.recording.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import cn.jifending.bot.ChatInput;
import cn.jifending.ledger.Correction;
import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.LedgerException;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.Person;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The branch committee's decision on a dispute: accepted writes a correcting fact (approved, so it
 * may go into a locked quarter) with the member's value; either way the member is told.
 */
@Component
class ObjectionDecisionCardAction implements CardActionHandler {

    static final String ACCEPT = "objection-accept";
    static final String REJECT = "objection-reject";

    private final PendingRequests pending;
    private final Clerks clerks;
    private final Ledger ledger;
    private final MessageTemplates templates;

    ObjectionDecisionCardAction(PendingRequests pending, Clerks clerks, Ledger ledger, MessageTemplates templates) {
        this.pending = pending;
        this.clerks = clerks;
        this.ledger = ledger;
        this.templates = templates;
    }

    @Override
    public Set<String> actionIds() {
        return Set.of(ACCEPT, REJECT);
    }

    @Override
    public Access access() {
        return Access.or(Access.secretaryOfOwnBranch(), Access.branchCommitteeOfOwnBranch());
    }

    @Override
    public void handle(CardActionContext ctx) {
        var open = pending.open(ctx, RequestStore.Kind.DISPUTE, r -> r.memberId() != ctx.actor().memberId()
                && (clerks.isSecretaryOf(ctx.actor(), r.branchId())
                || clerks.isCommitteeMemberOf(ctx.actor(), r.branchId())));
        if (open.isEmpty()) {
            return;
        }
        var r = open.get();
        Person member = clerks.directory().findByMemberId(r.memberId()).orElseThrow();
        Fact original = ledger.find(r.factId()).orElseThrow();
        String item = LedgerItem.byCode(r.item()).map(LedgerItem::word).orElse(r.item());
        Map<String, Object> model = Map.of("member", member.name(), "item", item,
                "date", ChatInput.show(r.occurredOn()), "claimed", FactValues.show(original.kind(), r.claimedValue()),
                "decidedBy", ctx.actor().name());
        if (ACCEPT.equals(ctx.action().actionId())) {
            Fact fact;
            try {
                fact = ledger.correct(r.factId(), Correction.replacement(original.item(), original.occurredOn(),
                        r.claimedValue(), templates.message("objection-correction-reason", Map.of("id", r.id(), "reason", r.reason())).strip(), pending.source(ctx),
                        ctx.actor().userId()).approvedBy("rec_request:" + r.id()));
            } catch (LedgerException e) {
                pending.failed(ctx, e);
                return;
            }
            pending.close(ctx, r, true, fact.id(), templates.message("objection-accepted", model).strip());
            ctx.outbox().message(List.of(member.userId()), "objection-accepted", model);
            ctx.reply("objection-accepted", model);
        } else {
            pending.close(ctx, r, false, null, templates.message("objection-rejected", model).strip());
            ctx.outbox().message(List.of(member.userId()), "objection-rejected", model);
            ctx.reply("objection-rejected", model);
        }
    }
}
