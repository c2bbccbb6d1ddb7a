package cn.jifending.declaration.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import cn.jifending.audit.Source;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The buttons of the approval card: 通过, 驳回 (input {@code reason}), 调整分值 (input {@code points}). */
@Component
class DecisionCardAction implements CardActionHandler {

    private final DeclarationStore declarations;
    private final Decisions decisions;

    DecisionCardAction(DeclarationStore declarations, Decisions decisions) {
        this.declarations = declarations;
        this.decisions = decisions;
    }

    @Override
    public Set<String> actionIds() {
        return Set.of("declaration.approve", "declaration.reject", "declaration.adjust");
    }

    @Override
    public Access access() {
        return Access.or(Access.secretaryOfOwnBranch(), Access.branchCommitteeOfOwnBranch(), Access.recorderOfOwnBranch(),
                Access.committeeAdmin());
    }

    @Override
    public void handle(CardActionContext ctx) {
        var d = declarations.findByTrack(ctx.action().outTrackId());
        if (d.isEmpty()) {
            ctx.reply("card-action-unknown", Map.of());
            return;
        }
        Decisions.Kind kind = switch (ctx.action().actionId()) {
            case "declaration.reject" -> Decisions.Kind.REJECT;
            case "declaration.adjust" -> Decisions.Kind.ADJUST;
            default -> Decisions.Kind.APPROVE;
        };
        String input = kind == Decisions.Kind.REJECT ? ctx.param("reason") : ctx.param("points");
        Source source = ctx.source();
        Decisions.Reply reply = decisions.decide(d.get(), ctx.actor(), kind, input, source, ctx.outbox());
        ctx.reply(reply.template(), reply.model());
    }
}
