package cn.jifending.annual.internal;

import java.util.Map;
import java.util.Optional;

/** The four review grades: the words people use and the REVIEW fact values. */
final class Grades {

    static final Map<String, String> BY_WORD = Map.of("优秀", "EXCELLENT", "合格", "QUALIFIED",
            "基本合格", "BASIC", "不合格", "UNQUALIFIED");
    static final Map<String, String> WORD_OF = Map.of("EXCELLENT", "优秀", "QUALIFIED", "合格",
            "BASIC", "基本合格", "UNQUALIFIED", "不合格");

    private Grades() {
    }

    static Optional<String> value(String word) {
        return Optional.ofNullable(BY_WORD.get(word.strip()));
    }

    static String word(String value) {
        return WORD_OF.getOrDefault(value, value);
    }
}
