package cn.jifending.declaration.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code 批准项目 3} / {@code 不批准项目 3}: the committee admin decides a branch item by text (the number 待审批 shows). */
@Component
class BranchItemDecisionCommand implements CommandHandler {

    static final String APPROVE = "批准项目";
    static final String REJECT = "不批准项目";

    private final BranchItems branchItems;

    BranchItemDecisionCommand(BranchItems branchItems) {
        this.branchItems = branchItems;
    }

    @Override
    public Set<String> keywords() {
        return Set.of(APPROVE, REJECT);
    }

    @Override
    public Access access() {
        return Access.committeeAdmin();
    }

    @Override
    public void handle(ChatContext ctx) {
        String number = ctx.arguments().split("[\\s\\u3000]+", 2)[0].replaceAll("^[#＃第]|号$", "");
        Optional<BranchItem> item = number.matches("\\d{1,12}") ? branchItems.byId(Long.parseLong(number))
                : Optional.empty();
        if (item.isEmpty()) {
            ctx.reply("branch-item-decision-usage", Map.of("text", ctx.keyword()));
            return;
        }
        Decisions.Reply r = branchItems.decide(item.get(), ctx.sender(), ctx.keyword().equals(APPROVE),
                ctx.source(), ctx.outbox());
        ctx.reply(r.template(), r.model());
    }
}
