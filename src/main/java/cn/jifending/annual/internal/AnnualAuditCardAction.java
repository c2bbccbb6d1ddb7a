package cn.jifending.annual.internal;

import cn.jifending.audit.Source;
import cn.jifending.bot.Access;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import cn.jifending.bot.CardParams;
import cn.jifending.notification.TemplateModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The annual audit cards' buttons: {@code annual-branch-sign} (通过, each branch committee member)
 * and {@code annual-approve} (审核通过, a 机关党委 admin). The round is opened by {@link AnnualAuditCommand}.
 */
@Component
class AnnualAuditCardAction implements CardActionHandler {

    private final AnnualAudit audits;
    private final AnnualApproval approval;

    AnnualAuditCardAction(AnnualAudit audits, AnnualApproval approval) {
        this.audits = audits;
        this.approval = approval;
    }

    @Override
    public Set<String> actionIds() {
        return Set.of("annual-branch-sign", "annual-approve");
    }

    @Override
    public Access access() {
        return Access.each(Map.of(
                "annual-branch-sign", Access.or(Access.secretaryOfOwnBranch(), Access.branchCommitteeOfOwnBranch()),
                "annual-approve", Access.committeeAdmin()));
    }

    @Override
    public void handle(CardActionContext ctx) {
        Source source = ctx.source();
        if (ctx.action().actionId().equals("annual-branch-sign")) {
            CardParams.id(ctx, "roundId").ifPresent(roundId -> {
                AnnualAudit.Reply reply = audits.signBranch(roundId, ctx.actor(), source);
                ctx.reply(reply.template(), reply.model());
            });
            return;
        }
        Optional<Integer> asked = CardParams.year(ctx, "year");
        if (asked.isEmpty()) {
            return;
        }
        int year = asked.get();
        List<String> approved = approval.approve(year, ctx.actor(), source);
        if (!approved.isEmpty()) {
            Map<String, Object> card = audits.committeeCard(year);
            card.put("approvedBy", ctx.actor().name());
            ctx.outbox().updateCard(ctx.action().outTrackId(), "annual-committee-audited", card);
        }
        ctx.reply(approved.isEmpty() ? "annual-approve-nothing" : "annual-approved",
                Map.of("year", year, "branches", TemplateModel.list(approved), "count", approved.size()));
    }
}
