package cn.jifending.bot.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import cn.jifending.notification.OutboxMonitor;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code 投递失败}: the committee admin sees the outbox messages that were given up on (dead), newest
 * first, with what is needed to decide whether to {@code 重发 <编号>} them.
 */
@Component
class DeadLettersCommand implements CommandHandler {

    static final int SHOWN = 20;
    private static final int ERROR_CHARS = 120;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OutboxMonitor monitor;

    DeadLettersCommand(OutboxMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("投递失败");
    }

    @Override
    public Access access() {
        return Access.committeeAdmin();
    }

    @Override
    public void handle(ChatContext ctx) {
        var dead = monitor.deadMessages(SHOWN + 1);
        if (dead.isEmpty()) {
            ctx.reply("dead-letters-none", Map.of());
            return;
        }
        StringBuilder lines = new StringBuilder();
        dead.stream().limit(SHOWN).forEach(e -> lines.append("- **").append(e.id()).append("** · ")
                .append(recipients(e)).append(" · ").append(what(e)).append(" · ").append(e.attempts())
                .append(" 次 · ").append(e.createdAt() == null ? "" : TIME.format(e.createdAt())).append('\n')
                .append("  ").append(error(e.lastError())).append('\n'));
        ctx.reply("dead-letters", Map.of("count", Math.min(dead.size(), SHOWN),
                "more", dead.size() > SHOWN ? "+" : "", "lines", lines.toString().stripTrailing()));
    }

    private static String recipients(OutboxMonitor.Entry e) {
        if (e.groupId() != null && !e.groupId().isBlank()) {
            return "群 " + e.groupId();
        }
        return e.recipients().size() <= 3 ? String.join("、", e.recipients())
                : String.join("、", e.recipients().subList(0, 3)) + " 等 " + e.recipients().size() + " 人";
    }

    private static String what(OutboxMonitor.Entry e) {
        String name = e.template() != null ? e.template() : e.title();
        return name == null ? e.kind().name() : name;
    }

    private static String error(String lastError) {
        if (lastError == null || lastError.isBlank()) {
            return "—";
        }
        String oneLine = lastError.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= ERROR_CHARS ? oneLine : oneLine.substring(0, ERROR_CHARS - 1) + "…";
    }
}
