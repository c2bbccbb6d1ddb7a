package cn.jifending.bot.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.PendingInteraction;
import cn.jifending.notification.MessageTemplates;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Routes a message from a known sender: pending interactions first (those whose {@link PendingInteraction#access()}
 * allows the sender), then the handler of its first word, if its {@link CommandHandler#access()} allows the
 * sender (else {@link Refusals}); a bare picture or file gets how to declare; anything else gets "not understood".
 */
@Component
class MessageRouter {

    private final List<PendingInteraction> pending;
    private final Map<String, CommandHandler> byKeyword = new HashMap<>();
    private final Set<String> keywords;
    private final Refusals refusals;
    private final MessageTemplates templates;

    MessageRouter(List<PendingInteraction> pending, List<CommandHandler> handlers, Refusals refusals,
                  MessageTemplates templates) {
        this.pending = pending;
        this.refusals = refusals;
        this.templates = templates;
        for (CommandHandler h : handlers) {
            for (String keyword : h.keywords()) {
                if (!h.access().covers(keyword)) {
                    throw new IllegalStateException("Keyword '" + keyword + "' of " + h.getClass().getName()
                            + " has no rule in its access()");
                }
                CommandHandler other = byKeyword.put(normalize(keyword), h);
                if (other != null) {
                    throw new IllegalStateException("Keyword '" + keyword + "' is claimed by both "
                            + other.getClass().getName() + " and " + h.getClass().getName());
                }
            }
        }
        this.keywords = Set.copyOf(byKeyword.keySet());
    }

    /** Every command keyword, normalized as {@link ChatContext#isCommand()} compares them. */
    Set<String> keywords() {
        return keywords;
    }

    void route(ChatContext ctx) {
        for (PendingInteraction p : pending) {
            if (p.access().allows(ctx.sender(), null, null) && p.tryHandle(ctx)) {
                return;
            }
        }
        Optional<CommandHandler> handler = Optional.ofNullable(byKeyword.get(normalize(ctx.keyword())));
        if (handler.isPresent()) {
            Optional<Access> refusal = handler.get().access().refusal(ctx.sender(), ctx.keyword(), null);
            if (refusal.isPresent()) {
                refusals.refuse(ctx, refusal.get());
            } else {
                handler.get().handle(ctx);
            }
        } else if (ctx.keyword().isEmpty() && ctx.hasAttachments()) {
            ctx.reply("attachment-without-declaration", Map.of("name", ctx.sender().name()));
        } else {
            ctx.reply("not-understood", Map.of("text", quoted(ctx.message().text())));
        }
    }

    private static String normalize(String keyword) {
        return keyword.strip().toLowerCase(Locale.ROOT);
    }

    /** The message as quoted back: its first 29 characters and a mark when longer than 30, or words for an empty one. */
    private String quoted(String text) {
        boolean cut = text.length() > 30;
        return templates.message("not-understood-quote", Map.of("text", text.isBlank() ? "" : cut ? text.substring(0, 29) : text,
                "cut", cut)).strip();
    }
}
