package cn.jifending.bot.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The committee admin loads the roster by chat: {@code 导入名单}, then the .xlsx/.csv file within
 * {@link #WINDOW}, which {@link RosterFileReply} takes.
 */
@Component
class RosterImportCommand implements CommandHandler {

    static final Duration WINDOW = Duration.ofMinutes(10);

    @Override
    public Set<String> keywords() {
        return Set.of("导入名单");
    }

    /** Whether {@code text} is this command (so the file that follows it is the roster). */
    static boolean asks(String text) {
        return new RosterImportCommand().keywords().stream().anyMatch(text.strip()::startsWith);
    }

    @Override
    public Access access() {
        return Access.committeeAdmin();
    }

    @Override
    public void handle(ChatContext ctx) {
        ctx.reply("roster-import-send-file", Map.of("minutes", WINDOW.toMinutes()));
    }
}
