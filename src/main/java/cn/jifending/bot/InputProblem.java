package cn.jifending.bot;

import java.util.Locale;
import java.util.Map;

/**
 * Why something a person typed cannot be used: the handler answers with {@link #template()}
 * ({@code bot-templates/messages/input-<kind>.md}) and {@link #model()}, or adds the
 * {@link #template()} line to its list of problems.
 */
public record InputProblem(Kind kind, Map<String, Object> model) {

    public enum Kind {
        DATE_INVALID, DATE_FUTURE, DATE_OUTSIDE_YEAR,
        MONTH_INVALID,
        QUARTER_INVALID,
        YEAR_INVALID, YEAR_FUTURE, YEAR_EXPECTED,
        NUMBER_INVALID, NUMBER_RANGE,
        ID_INVALID
    }

    public InputProblem {
        model = Map.copyOf(model);
    }

    /** The message template: {@code input-date-future} for {@link Kind#DATE_FUTURE}. */
    public String template() {
        return "input-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
