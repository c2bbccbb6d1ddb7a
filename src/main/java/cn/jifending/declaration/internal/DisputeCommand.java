package cn.jifending.declaration.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.Reading;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code 申诉 <编号> <理由>}: a member disputes a decision; the panel votes on {@link DisputeCardAction}. */
@Component
class DisputeCommand implements CommandHandler {

    private final Disputes disputes;

    DisputeCommand(Disputes disputes) {
        this.disputes = disputes;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("申诉");
    }

    @Override
    public Access access() {
        return Access.anyone();
    }

    @Override
    public void handle(ChatContext ctx) {
        String[] parts = ctx.arguments().split("[\\s\\u3000]+", 2);
        Reading<Long> number = ChatInput.id(parts[0]);
        String reason = parts.length > 1 ? parts[1].strip() : "";
        if (!number.ok() || reason.isEmpty()) {
            ctx.reply("dispute-usage", Map.of());
            return;
        }
        Decisions.Reply r = disputes.open(ctx.sender(), number.value(),
                reason.length() > 200 ? reason.substring(0, 200) : reason, ctx.source(), ctx.outbox());
        ctx.reply(r.template(), r.model());
    }
}
