package cn.jifending.bot.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code acknowledge} on a {@code notice} card (知道了): updates the card in place to say who
 * confirmed, and thanks the person who pressed. Only a notice can be acknowledged, and only by a
 * person it was sent to; its title and content are the ones it was sent with (the channel puts the
 * card's own params in the press), never anything else the press carries.
 */
@Component
class NoticeAcknowledgeCardAction implements CardActionHandler {

    static final String NOTICE = "notice";

    @Override
    public Set<String> actionIds() {
        return Set.of("acknowledge");
    }

    @Override
    public Access access() {
        return Access.recipientOfCard();
    }

    @Override
    public void handle(CardActionContext ctx) {
        var action = ctx.action();
        if (!NOTICE.equals(action.cardKind()) || !action.sentTo(ctx.actor().userId())) {
            ctx.reply("notice-acknowledge-refused", Map.of());
            return;
        }
        String title = ctx.param("title").strip();
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("title", title);
        card.put("content", ctx.param("content"));
        card.put("acknowledgedBy", ctx.actor().name());
        ctx.outbox().updateCard(action.outTrackId(), "notice-acknowledged", card);
        ctx.reply("notice-acknowledged", Map.of("title", title));
    }
}
