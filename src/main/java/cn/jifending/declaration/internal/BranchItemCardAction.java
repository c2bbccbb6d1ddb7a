package cn.jifending.declaration.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The committee admin's 批准 ({@code branch-item.approve}) / 不批准 ({@code branch-item.reject}) on a branch-item card. */
@Component
class BranchItemCardAction implements CardActionHandler {

    private final BranchItems branchItems;

    BranchItemCardAction(BranchItems branchItems) {
        this.branchItems = branchItems;
    }

    @Override
    public Set<String> actionIds() {
        return Set.of("branch-item.approve", "branch-item.reject");
    }

    @Override
    public Access access() {
        return Access.committeeAdmin();
    }

    @Override
    public void handle(CardActionContext ctx) {
        var item = branchItems.byTrack(ctx.action().outTrackId());
        if (item.isEmpty()) {
            ctx.reply("card-action-unknown", Map.of());
            return;
        }
        Decisions.Reply r = branchItems.decide(item.get(), ctx.actor(),
                ctx.action().actionId().equals("branch-item.approve"),
                ctx.source(), ctx.outbox());
        ctx.reply(r.template(), r.model());
    }
}
