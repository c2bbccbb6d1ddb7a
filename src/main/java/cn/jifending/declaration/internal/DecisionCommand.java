package cn.jifending.declaration.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.Reading;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The same decisions by text: {@code 通过 12}, {@code 驳回 12 理由}, {@code 调整分值 12 0.5}. */
@Component
class DecisionCommand implements CommandHandler {

    private final DeclarationStore declarations;
    private final Decisions decisions;

    DecisionCommand(DeclarationStore declarations, Decisions decisions) {
        this.declarations = declarations;
        this.decisions = decisions;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("通过", "驳回", "调整分值", "调整");
    }

    @Override
    public Access access() {
        return Access.or(Access.secretaryOfOwnBranch(), Access.branchCommitteeOfOwnBranch(), Access.recorderOfOwnBranch(),
                Access.committeeAdmin());
    }

    @Override
    public void handle(ChatContext ctx) {
        String[] parts = ctx.arguments().split("[\\s\\u3000]+", 2);
        Decisions.Kind kind = DeclarationWords.DECISIONS.getOrDefault(ctx.keyword(), Decisions.Kind.ADJUST);
        Reading<Long> number = ChatInput.id(parts[0]);
        if (!number.ok()) {
            ctx.reply("decision-usage", Map.of("text", ctx.keyword()));
            return;
        }
        var d = declarations.find(number.value());
        if (d.isEmpty()) {
            ctx.reply("declaration-not-found", Map.of("id", number.value()));
            return;
        }
        String input = parts.length > 1 ? parts[1] : "";
        Decisions.Reply reply = decisions.decide(d.get(), ctx.sender(), kind, input,
                ctx.source(), ctx.outbox());
        ctx.reply(reply.template(), reply.model());
    }
}
