package cn.jifending.bot.internal;

import cn.jifending.bot.CommandHandler;
import cn.jifending.organization.Person;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The chat keywords a person may use, from the same {@link CommandHandler#access()} rules the router
 * checks: what {@code 帮助} lists and what a refusal offers instead. Only keywords with a Chinese
 * character are listed (the English and punctuation aliases of {@code 帮助} are left out), sorted.
 */
@Component
class CommandCatalogue {

    private final ObjectProvider<CommandHandler> handlers;

    /** Looked up when asked, since {@link HelpCommand} is itself one of the handlers. */
    CommandCatalogue(ObjectProvider<CommandHandler> handlers) {
        this.handlers = handlers;
    }

    List<String> allowedKeywords(Person who) {
        List<String> out = new ArrayList<>();
        handlers.orderedStream().forEach(h -> h.keywords().stream()
                .filter(CommandCatalogue::listed)
                .filter(k -> h.access().allows(who, k, null))
                .forEach(out::add));
        return out.stream().distinct().sorted().toList();
    }

    private static boolean listed(String keyword) {
        return keyword.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
