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

    static final String KEYWORD = "导入名单";
    static final Duration WINDOW = Duration.ofMinutes(10);

    @Override
    public Set<String> keywords() {
        return Set.of(KEYWORD);
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
