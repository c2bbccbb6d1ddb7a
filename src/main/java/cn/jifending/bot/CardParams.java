package cn.jifending.bot;

import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A card press's parameters, read through the chat grammar ({@link ChatInput}). A card's private data
 * comes back from DingTalk as text anyone could have changed, so a missing or tampered value is
 * answered ({@code card-action-unknown}: the press had no effect) and logged, never thrown.
 */
public final class CardParams {

    private static final Logger log = LoggerFactory.getLogger(CardParams.class);
    private static final int LOGGED_CHARS = 40;

    private CardParams() {
    }

    /** The id the card carries in {@code name}; empty (and the presser answered) when it is missing or not an id. */
    public static Optional<Long> id(CardActionContext ctx, String name) {
        return accepted(ctx, name, ChatInput.id(ctx.param(name)));
    }

    /** The year the card was sent for, in {@code name}; empty (and the presser answered) when it is missing or not a year. */
    public static Optional<Integer> year(CardActionContext ctx, String name) {
        String text = ctx.param(name).strip();
        Reading<Integer> year = text.matches("\\d{4}") ? ChatInput.count(text, ChatInput.FIRST_YEAR, 9999)
                : Reading.problem(new InputProblem(InputProblem.Kind.YEAR_INVALID, Map.of("text", text)), 0, text.length());
        return accepted(ctx, name, year);
    }

    /**
     * An id the presser typed into one of the card's inputs: empty when left blank; the id; or the
     * problem the handler answers with ({@code input-id-invalid}) when something else was typed.
     */
    public static Reading<Long> typedId(CardActionContext ctx, String name) {
        String text = ctx.param(name).strip();
        return text.isEmpty() ? Reading.none() : ChatInput.id(text);
    }

    private static <T> Optional<T> accepted(CardActionContext ctx, String name, Reading<T> read) {
        if (read.ok()) {
            return Optional.of(read.value());
        }
        String value = ctx.param(name);
        log.warn("Card press {}/{} by {}: parameter {} is missing or unreadable ('{}'); answered card-action-unknown",
                ctx.action().outTrackId(), ctx.action().actionId(), ctx.actor().userId(), name,
                value.length() > LOGGED_CHARS ? value.substring(0, LOGGED_CHARS) + "..." : value);
        ctx.reply("card-action-unknown", Map.of());
        return Optional.empty();
    }
}
