package cn.jifending.declaration.internal;

import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code 自选项目 …} (propose, or list when bare) and the committee admin's 批准 / 不批准 buttons, or the
 * same by text: {@code 批准项目 3} / {@code 不批准项目 3} (the number 待审批 shows).
 */
class BranchItemHandlers {

    private BranchItemHandlers() {
    }

    @Component
    static class Command implements CommandHandler {

        private final BranchItems branchItems;
        private final Clock clock;

        Command(BranchItems branchItems, Clock clock) {
            this.branchItems = branchItems;
            this.clock = clock;
        }

        @Override
        public Set<String> keywords() {
            return Set.of("自选项目", "自选分");
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
            Decisions.Reply r = branchItems.propose(ctx.sender(), ctx.arguments(), ctx.message().msgId(),
                    ctx.outbox());
            ctx.reply(r.template(), r.model());
        }
    }

    @Component
    static class TextDecision implements CommandHandler {

        static final String APPROVE = "批准项目";
        static final String REJECT = "不批准项目";

        private final BranchItems branchItems;

        TextDecision(BranchItems branchItems) {
            this.branchItems = branchItems;
        }

        @Override
        public Set<String> keywords() {
            return Set.of(APPROVE, REJECT);
        }

        @Override
        public void handle(ChatContext ctx) {
            String number = ctx.arguments().split("[\\s\\u3000]+", 2)[0].replaceAll("^[#＃第]|号$", "");
            var item = number.matches("\\d{1,12}") ? branchItems.byId(Long.parseLong(number))
                    : java.util.Optional.<BranchItem>empty();
            if (item.isEmpty()) {
                ctx.reply("branch-item-decision-usage", Map.of("text", ctx.keyword()));
                return;
            }
            Decisions.Reply r = branchItems.decide(item.get(), ctx.sender(), ctx.keyword().equals(APPROVE),
                    "CHAT_MESSAGE:" + ctx.message().msgId(), ctx.outbox());
            ctx.reply(r.template(), r.model());
        }
    }

    @Component
    static class Cards implements CardActionHandler {

        private final BranchItems branchItems;

        Cards(BranchItems branchItems) {
            this.branchItems = branchItems;
        }

        @Override
        public Set<String> actionIds() {
            return Set.of("branch-item.approve", "branch-item.reject");
        }

        @Override
        public void handle(CardActionContext ctx) {
            var item = branchItems.byTrack(ctx.action().outTrackId());
            if (item.isEmpty()) {
                ctx.reply("card-action-unknown", Map.of());
                return;
            }
            Decisions.Reply r = branchItems.decide(item.get(), ctx.actor(),
                    ctx.action().actionId().equals("branch-item.approve"),
                    "CARD_ACTION:" + ctx.action().outTrackId() + ":" + ctx.action().actionId(), ctx.outbox());
            ctx.reply(r.template(), r.model());
        }
    }
}
