package cn.jifending.declaration.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.InboundLimits;
import cn.jifending.bot.InboundMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The 确认 / 取消 buttons of the member's summary card: the same as replying 确认 / 取消, for the
 * declaration the card was shown for (a card of an earlier, finished declaration is refused).
 */
@Component
class ConfirmCardAction implements CardActionHandler {

    static final String PREFIX = "draft-";

    private final DeclarationFlow flow;
    private final DeclarationReply chat;
    private final DeclarationStore declarations;

    ConfirmCardAction(DeclarationFlow flow, DeclarationReply chat, DeclarationStore declarations) {
        this.flow = flow;
        this.chat = chat;
        this.declarations = declarations;
    }

    @Override
    public Set<String> actionIds() {
        return Set.of("declaration.confirm", "declaration.cancel");
    }

    @Override
    public Access access() {
        return Access.anyone();
    }

    @Override
    public void handle(CardActionContext ctx) {
        String draftId = ctx.param("draft");
        boolean current = flow.live(ctx.actor().userId())
                .filter(d -> d.sourceMsgId().equals(draftId) && d.stage() == Draft.Stage.CONFIRM).isPresent();
        if (!current) {
            var submitted = ctx.action().actionId().equals("declaration.confirm") && !draftId.isBlank()
                    ? declarations.findBySourceLocked(draftId) : java.util.Optional.<Declaration>empty();
            submitted.ifPresentOrElse(
                    d -> ctx.reply("declaration-already-submitted", Map.of("id", d.id(), "item", d.itemName())),
                    () -> ctx.reply("declaration-confirm-stale", Map.of()));
            return;
        }
        boolean confirm = ctx.action().actionId().equals("declaration.confirm");
        InboundMessage asText = new InboundMessage(pressId(ctx.action().outTrackId(), ctx.action().actionId()),
                ctx.actor().userId(), ctx.actor().name(), InboundMessage.Conversation.ONE_TO_ONE, null,
                confirm ? DeclarationWords.CONFIRM_PRESS : DeclarationWords.CANCEL_PRESS, List.of(), ctx.action().receivedAt());
        chat.tryHandle(new ChatContext(asText, ctx.actor(), ctx.outbox(), Set.of(), ctx.source().inboundEventId()));
        ctx.outbox().updateCard(ctx.action().outTrackId(), "declaration-confirm-done",
                Map.of("item", ctx.param("item").strip(),
                        "content", flow.texts().render(confirm ? "declaration-confirm-card-done"
                                : "declaration-confirm-card-cancelled", Map.of())));
    }

    /**
     * The id of the 确认 / 取消 the press stands for: readable when it fits
     * {@link InboundLimits#MSG_ID}, otherwise a name-based UUID of the same text (never cut short).
     */
    static String pressId(String outTrackId, String actionId) {
        String readable = PREFIX + outTrackId + ":" + actionId;
        return readable.length() <= InboundLimits.MSG_ID ? readable
                : PREFIX + UUID.nameUUIDFromBytes(readable.getBytes(StandardCharsets.UTF_8));
    }
}
