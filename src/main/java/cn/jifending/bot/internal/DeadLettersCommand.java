package cn.jifending.bot.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import cn.jifending.notification.OutboxMonitor;
import cn.jifending.notification.TemplateModel;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
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
        var entries = dead.stream().limit(SHOWN).map(e -> {
            Map<String, Object> m = new HashMap<>();
            m.put("id", e.id());
            m.put("group", e.groupId() == null || e.groupId().isBlank() ? null : e.groupId());
            m.put("recipients", TemplateModel.list(e.recipients().stream().limit(3).toList()));
            m.put("othersCount", e.recipients().size() > 3 ? e.recipients().size() : null);
            m.put("what", what(e));
            m.put("attempts", e.attempts());
            m.put("createdAt", e.createdAt() == null ? null : TIME.format(e.createdAt()));
            String error = error(e.lastError());
            m.put("error", error == null || error.length() <= ERROR_CHARS ? error : error.substring(0, ERROR_CHARS - 1));
            m.put("errorCut", error != null && error.length() > ERROR_CHARS);
            return m;
        }).toList();
        ctx.reply("dead-letters", Map.of("count", Math.min(dead.size(), SHOWN), "more", dead.size() > SHOWN,
                "entries", TemplateModel.list(entries)));
    }

    private static String what(OutboxMonitor.Entry e) {
        String name = e.template() != null ? e.template() : e.title();
        return name == null ? e.kind().name() : name;
    }

    private static String error(String lastError) {
        if (lastError == null || lastError.isBlank()) {
            return null;
        }
        return lastError.replaceAll("\\s+", " ").strip();
    }
}
