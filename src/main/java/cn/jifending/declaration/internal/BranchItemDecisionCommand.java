package cn.jifending.declaration.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import java.util.Map;
import java.util.Optional;

/** {@code 批准项目 3} / {@code 不批准项目 3}: the committee admin decides a branch item by text (the number 待审批 shows). */
abstract class BranchItemDecisionCommand implements CommandHandler {

    private final BranchItems branchItems;

    BranchItemDecisionCommand(BranchItems branchItems) {
        this.branchItems = branchItems;
    }

    /** Whether this keyword approves (批准项目) or refuses (不批准项目) the item. */
    abstract boolean approves();

    @Override
    public Access access() {
        return Access.committeeAdmin();
    }

    @Override
    public void handle(ChatContext ctx) {
        String number = ctx.arguments().split("[\\s\\u3000]+", 2)[0];
        Optional<BranchItem> item = ChatInput.id(number).asOptional().flatMap(branchItems::byId);
        if (item.isEmpty()) {
            ctx.reply("branch-item-decision-usage", Map.of("text", ctx.keyword()));
            return;
        }
        Decisions.Reply r = branchItems.decide(item.get(), ctx.sender(), approves(),
                ctx.source(), ctx.outbox());
        ctx.reply(r.template(), r.model());
    }
}
