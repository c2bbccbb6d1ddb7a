package cn.jifending.bot.internal;

import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code acknowledge} on a {@code notice} card (知道了): updates the card in place to say who
 * confirmed, and thanks the person who pressed.
 */
@Component
class NoticeAcknowledgeHandler implements CardActionHandler {

    @Override
    public Set<String> actionIds() {
        return Set.of("acknowledge");
    }

    @Override
    public void handle(CardActionContext ctx) {
        String title = ctx.param("title").isBlank() ? "通知" : ctx.param("title");
        Map<String, Object> card = new LinkedHashMap<>(ctx.action().params());
        card.put("title", title);
        card.putIfAbsent("content", "");
        card.put("acknowledgedBy", ctx.actor().name());
        ctx.outbox().updateCard(ctx.action().outTrackId(), "notice-acknowledged", card);
        ctx.reply("notice-acknowledged", Map.of("title", title));
    }
}
