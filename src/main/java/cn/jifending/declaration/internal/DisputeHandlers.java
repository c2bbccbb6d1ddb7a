package cn.jifending.declaration.internal;

import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.Reading;
import cn.jifending.ledger.Source;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code 申诉 <编号> <理由>} and the panel's 维持 / 改判 buttons. */
class DisputeHandlers {

    private DisputeHandlers() {
    }

    @Component
    static class Command implements CommandHandler {

        private final Disputes disputes;

        Command(Disputes disputes) {
            this.disputes = disputes;
        }

        @Override
        public Set<String> keywords() {
            return Set.of("申诉");
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
                    reason.length() > 200 ? reason.substring(0, 200) : reason, ctx.message().msgId(), ctx.outbox());
            ctx.reply(r.template(), r.model());
        }
    }

    @Component
    static class Cards implements CardActionHandler {

        private final Disputes disputes;
        private final DisputeStore store;

        Cards(Disputes disputes, DisputeStore store) {
            this.disputes = disputes;
            this.store = store;
        }

        @Override
        public Set<String> actionIds() {
            return Set.of("dispute.uphold", "dispute.overturn");
        }

        @Override
        public void handle(CardActionContext ctx) {
            var dispute = store.findByTrack(ctx.action().outTrackId());
            if (dispute.isEmpty()) {
                ctx.reply("card-action-unknown", Map.of());
                return;
            }
            Dispute.Vote vote = ctx.action().actionId().equals("dispute.overturn") ? Dispute.Vote.OVERTURN
                    : Dispute.Vote.UPHOLD;
            Source source = Source.cardAction(ctx.action().outTrackId() + ":" + ctx.action().actionId() + ":"
                    + ctx.actor().userId());
            Decisions.Reply r = disputes.vote(dispute.get(), ctx.actor(), vote, source, ctx.outbox());
            ctx.reply(r.template(), r.model());
        }
    }
}
