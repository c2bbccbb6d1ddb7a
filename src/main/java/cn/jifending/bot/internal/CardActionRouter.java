package cn.jifending.bot.internal;

import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Routes a card button press by its actionId; an unknown action is answered, never ignored. */
@Component
class CardActionRouter {

    private final Map<String, CardActionHandler> byAction = new HashMap<>();

    CardActionRouter(List<CardActionHandler> handlers) {
        for (CardActionHandler h : handlers) {
            for (String actionId : h.actionIds()) {
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
        if (handler != null) {
            handler.handle(ctx);
        } else {
            ctx.reply("card-action-unknown", Map.of());
        }
    }
}
