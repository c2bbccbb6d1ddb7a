package cn.jifending.bot.internal;

import cn.jifending.bot.Access;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import cn.jifending.notification.OutboxMonitor;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * {@code 重发 <编号>}: the committee admin puts one dead outbox message back in the queue for another
 * round of tries; audited in the handler's transaction.
 */
@Component
class RequeueCommand implements CommandHandler {

    private static final Pattern ID = Pattern.compile("#?(\\d{1,18})");

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
        Matcher m = ID.matcher(ctx.arguments().strip());
        if (!m.matches()) {
            ctx.reply("requeue-usage", Map.of());
            return;
        }
        long id = Long.parseLong(m.group(1));
        if (!monitor.requeue(id)) {
            ctx.reply("requeue-not-dead", Map.of("id", id));
            return;
        }
        audit.record(AuditEntry.of(ctx.sender().userId(), "outbox.requeue", "outbox_message", id, ctx.source())
                .changed("DEAD", "PENDING"));
        ctx.reply("requeue-done", Map.of("id", id));
    }
}
