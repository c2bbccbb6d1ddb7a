package cn.jifending.recording.internal;

import cn.jifending.bot.ChatInput;
import cn.jifending.scoring.FactKind;
import java.util.Map;
import java.util.Optional;

/** Fact values as people type and read them: 出席/缺席/请假, 按时/延期, whole numbers. */
final class FactValues {

    private static final Map<String, String> ATTENDANCE = FactWords.ATTENDANCE;
    private static final Map<String, String> DUES = FactWords.DUES;

    private FactValues() {
    }

    /** The stored value for a typed word, if the word is a valid value of the kind. */
    static Optional<String> parse(FactKind kind, String word) {
        return switch (kind) {
            case ATTENDANCE -> Optional.ofNullable(ATTENDANCE.get(word));
            case DUES -> Optional.ofNullable(DUES.get(word));
            case XUEXI_MISSED_DAYS -> whole(word, 31);
            case DAILY_QUESTION_POINTS -> whole(word, MonthlyFiguresImport.MAX_POINTS);
            default -> Optional.empty();
        };
    }

    /** How a stored value is shown; blank when there is none (the template words that). */
    static String show(FactKind kind, String value) {
        if (value == null) {
            return "";
        }
        Map<String, String> words = kind == FactKind.ATTENDANCE ? ATTENDANCE : kind == FactKind.DUES ? DUES : Map.of();
        return words.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey).findFirst()
                .orElse(value);
    }

    private static Optional<String> whole(String word, int max) {
        return ChatInput.count(word, 0, max).asOptional().map(n -> Integer.toString(n));
    }
}
