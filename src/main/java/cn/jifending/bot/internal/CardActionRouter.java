package cn.jifending.bot.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Routes a card button press by its actionId, if the handler's {@link CardActionHandler#access()} allows the
 * presser (else {@link Refusals}); an unknown action is answered, never ignored.
 */
@Component
class CardActionRouter {

    private final Map<String, CardActionHandler> byAction = new HashMap<>();

    private final Refusals refusals;

    CardActionRouter(List<CardActionHandler> handlers, Refusals refusals) {
        this.refusals = refusals;
        for (CardActionHandler h : handlers) {
            for (String actionId : h.actionIds()) {
                if (!h.access().covers(actionId)) {
                    throw new IllegalStateException("Card action '" + actionId + "' of " + h.getClass().getName()
                            + " has no rule in its access()");
                }
                CardActionHandler other = byAction.put(actionId, h);
                if (other != null) {
                    throw new IllegalStateException("Card action '" + actionId + "' is claimed by both "
                            + other.getClass().getName() + " and " + h.getClass().getName());
                }
            }
        }
    }

    void route(CardActionContext ctx) {
        CardActionHandler handler = byAction.get(ctx.action().actionId());
        if (handler == null) {
            ctx.reply("card-action-unknown", Map.of());
            return;
        }
        Optional<Access> refusal = handler.access().refusal(ctx.actor(), ctx.action().actionId(), ctx.action());
        if (refusal.isPresent()) {
            refusals.refuse(ctx, refusal.get());
        } else {
            handler.handle(ctx);
        }
    }
}
