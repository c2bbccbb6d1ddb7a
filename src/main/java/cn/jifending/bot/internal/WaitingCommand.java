package cn.jifending.bot.internal;

import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.WaitingWork;
import cn.jifending.notification.MessageTemplates;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code 待审批}: a numbered list of what waits for the sender's decision, oldest first, each line
 * with the text command that decides it; the items come from every module's {@link WaitingWork}.
 */
@Component
class WaitingCommand implements CommandHandler {

    /** The longest list shown in one reply; the rest is counted. */
    static final int SHOWN = 20;

    private final List<WaitingWork> sources;
    private final MessageTemplates templates;

    WaitingCommand(List<WaitingWork> sources, MessageTemplates templates) {
        this.sources = sources;
        this.templates = templates;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("待审批", "待办", "待处理");
    }

    @Override
    public cn.jifending.bot.Access access() {
        return cn.jifending.bot.Access.anyone(); // each person sees only what waits for them
    }

    @Override
    public void handle(ChatContext ctx) {
        List<WaitingWork.Waiting> all = sources.stream().flatMap(s -> s.waitingFor(ctx.sender()).stream())
                .sorted(Comparator.comparing(WaitingWork.Waiting::since)).toList();
        if (all.isEmpty()) {
            ctx.reply("waiting-none", Map.of("name", ctx.sender().name()));
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, all.size()); i++) {
            WaitingWork.Waiting w = all.get(i);
            lines.append(templates.message("waiting-line", Map.of("n", i + 1, "text", w.text(),
                    "command", w.command())).strip()).append('\n');
        }
        String more = all.size() > SHOWN
                ? templates.message("waiting-more", Map.of("count", all.size() - SHOWN)).strip() : "";
        ctx.reply("waiting", Map.of("count", all.size(), "lines", lines.toString().strip(), "more", more));
    }
}
