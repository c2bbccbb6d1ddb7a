package cn.jifending.evaluation.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.PendingInteraction;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** After 有异议 without a reason, the member's next text message is the reason ({@code 取消} drops it). */
@Component
@Order(40)
class ObjectionReasonReply implements PendingInteraction {

    /** The word that drops the pending objection instead of giving its reason. */
    static final String CANCEL = EvaluationWords.CANCEL;

    private final EvaluationStore store;
    private final RoundActions actions;

    ObjectionReasonReply(EvaluationStore store, RoundActions actions) {
        this.store = store;
        this.actions = actions;
    }

    @Override
    public Access access() {
        return Access.anyone();
    }

    @Override
    public boolean tryHandle(ChatContext ctx) {
        String text = ctx.message().text();
        if (text.isBlank()) {
            return false;
        }
        Optional<long[]> pending = store.pendingObjection(ctx.sender().userId());
        if (pending.isEmpty()) {
            return false;
        }
        if (text.equals(CANCEL)) {
            actions.cancelPendingObjection(ctx.sender(), ctx.outbox());
            return true;
        }
        actions.answer(ctx.sender(), pending.get()[0], "OBJECTED", text, ctx.source(), ctx.outbox());
        return true;
    }
}
