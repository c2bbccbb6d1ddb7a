package cn.jifending.declaration.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code 自选项目 …} (propose, or list when bare); the committee admin decides on {@link BranchItemCardAction}. */
@Component
class BranchItemCommand implements CommandHandler {

    private final BranchItems branchItems;
    private final Clock clock;

    BranchItemCommand(BranchItems branchItems, Clock clock) {
        this.branchItems = branchItems;
        this.clock = clock;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("自选项目", "自选分");
    }

    @Override
    public Access access() {
        return Access.anyone();
    }

    @Override
    public void handle(ChatContext ctx) {
        if (ctx.arguments().isEmpty()) {
            int year = LocalDate.now(clock).getYear();
            String lines = ctx.sender().branchId() == null ? "" : branchItems.list(ctx.sender().branchId(), year);
            ctx.reply(lines.isEmpty() ? "branch-item-list-empty" : "branch-item-list",
                    Map.of("year", year, "lines", lines));
            return;
        }
        Decisions.Reply r = branchItems.propose(ctx.sender(), ctx.arguments(), ctx.source(),
                ctx.outbox());
        ctx.reply(r.template(), r.model());
    }
}
