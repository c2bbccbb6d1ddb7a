package cn.jifending.bot.internal;

import cn.jifending.bot.Access;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.Reading;
import cn.jifending.notification.OutboxMonitor;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code 重发 <编号>}: the committee admin puts one dead outbox message back in the queue for another
 * round of tries; audited in the handler's transaction.
 */
@Component
class RequeueCommand implements CommandHandler {

    private final OutboxMonitor monitor;
    private final AuditLog audit;

    RequeueCommand(OutboxMonitor monitor, AuditLog audit) {
        this.monitor = monitor;
        this.audit = audit;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("重发");
    }

    @Override
    public Access access() {
        return Access.committeeAdmin();
    }

    @Override
    public void handle(ChatContext ctx) {
        Reading<Long> asked = ChatInput.id(ctx.arguments());
        if (!asked.ok()) {
            ctx.reply("requeue-usage", Map.of());
            return;
        }
        long id = asked.value();
        if (!monitor.requeue(id)) {
            ctx.reply("requeue-not-dead", Map.of("id", id));
            return;
        }
        audit.record(AuditEntry.of(ctx.sender().userId(), "outbox.requeue", "outbox_message", id, ctx.source())
                .changed("DEAD", "PENDING"));
        ctx.reply("requeue-done", Map.of("id", id));
    }
}
