package cn.jifending.declaration.internal;

import cn.jifending.bot.ChatInput;
import cn.jifending.bot.DatePolicy;
import cn.jifending.bot.Reading;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a declaration written in plain Chinese: {@code [申报] <item> <date> <description>} in any
 * order of item and date, e.g. {@code 申报 志愿服务 11月20日 社区义诊} or {@code 志愿 昨天 敬老院陪护}.
 * Pure: the items come from the caller, today from the injected clock.
 */
final class DeclarationParser {

    /**
     * What was understood.
     *
     * @param item        the item recognized, if any
     * @param unknownItem the first word when no item was recognized (for suggestions), or ""
     * @param date        the date, if a real one was written
     * @param badDate     a date expression that names no real day (2月30日), or ""
     * @param description what remains, trimmed
     */
    record Parsed(Optional<DeclarableItem> item, String unknownItem, Optional<LocalDate> date, String badDate,
                  String description) {
    }

    private static final Pattern LEAD = DeclarationWords.LEAD;
    private static final Pattern SEPARATORS = DeclarationWords.SEPARATORS;

    private final Clock clock;

    DeclarationParser(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Parsed parse(String text, List<DeclarableItem> items) {
        String rest = LEAD.matcher(text == null ? "" : text.strip()).replaceFirst("");
        Optional<LocalDate> date = Optional.empty();
        String badDate = "";
        // any real day is read here; whether it may be declared is the DateCheck's rule
        Reading<LocalDate> found = new ChatInput(clock).findDay(rest, DatePolicy.ANY);
        if (found.found()) {
            date = found.asOptional();
            badDate = found.ok() ? "" : rest.substring(found.start(), found.end()).strip();
            rest = found.rest(rest);
        }
        rest = SEPARATORS.matcher(rest).replaceAll(" ").strip();
        Optional<Match> match = matchItem(rest, items);
        String unknown = "";
        if (match.isPresent()) {
            rest = (rest.substring(0, match.get().start()) + " " + rest.substring(match.get().end())).strip();
        } else if (!rest.isEmpty()) {
            unknown = rest.split(" ", 2)[0];
            rest = rest.substring(unknown.length()).strip();
        }
        String description = SEPARATORS.matcher(rest).replaceAll(" ").strip();
        return new Parsed(match.map(Match::item), unknown, date, badDate, description);
    }

    /** The item named at the start of the text (or of any word when none starts it), longest alias first. */
    static Optional<DeclarableItem> recognize(String word, List<DeclarableItem> items) {
        return matchItem(word == null ? "" : word.strip(), items).map(Match::item);
    }

    private record Match(DeclarableItem item, int start, int end) {
    }

    private record Alias(DeclarableItem item, String alias) {
    }

    private static Optional<Match> matchItem(String text, List<DeclarableItem> items) {
        List<Alias> aliases = items.stream()
                .flatMap(i -> i.aliases().stream().map(a -> new Alias(i, a)))
                .sorted(Comparator.comparingInt((Alias a) -> a.alias().length()).reversed())
                .toList();
        for (Alias a : aliases) {
            if (text.startsWith(a.alias())) {
                return Optional.of(new Match(a.item(), 0, wordEnd(text, a.alias().length())));
            }
        }
        int offset = 0;
        for (String word : text.split(" ")) {
            for (Alias a : aliases) {
                if (word.startsWith(a.alias())) {
                    return Optional.of(new Match(a.item(), offset, offset + wordEnd(word, a.alias().length())));
                }
            }
            offset += word.length() + 1;
        }
        return Optional.empty();
    }

    /** An alias at the start of a word takes the whole word when the rest is a filler like 活动/服务/工作. */
    private static int wordEnd(String text, int aliasEnd) {
        int space = text.indexOf(' ');
        int end = space < 0 ? text.length() : space;
        if (aliasEnd > end) {
            return aliasEnd;
        }
        String tail = text.substring(aliasEnd, end);
        return DeclarationWords.ALIAS_FILLER.matcher(tail).matches() ? end : aliasEnd;
    }
}
