package cn.jifending.declaration.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import cn.jifending.audit.Source;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The panel's 维持 ({@code dispute.uphold}) / 改判 ({@code dispute.overturn}) on a dispute card. */
@Component
class DisputeCardAction implements CardActionHandler {

    private final Disputes disputes;
    private final DisputeStore store;

    DisputeCardAction(Disputes disputes, DisputeStore store) {
        this.disputes = disputes;
        this.store = store;
    }

    @Override
    public Set<String> actionIds() {
        return Set.of("dispute.uphold", "dispute.overturn");
    }

    @Override
    public Access access() {
        return Access.or(Access.secretaryOfOwnBranch(), Access.branchCommitteeOfOwnBranch(), Access.committeeAdmin());
    }

    @Override
    public void handle(CardActionContext ctx) {
        var dispute = store.findByTrack(ctx.action().outTrackId());
        if (dispute.isEmpty()) {
            ctx.reply("card-action-unknown", Map.of());
            return;
        }
        Dispute.Vote vote = ctx.action().actionId().equals("dispute.overturn") ? Dispute.Vote.OVERTURN
                : Dispute.Vote.UPHOLD;
        Source source = ctx.source().part(ctx.actor().userId());
        Decisions.Reply r = disputes.vote(dispute.get(), ctx.actor(), vote, source, ctx.outbox());
        ctx.reply(r.template(), r.model());
    }
}
