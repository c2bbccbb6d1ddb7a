package cn.jifending.annual.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The four review grades: the REVIEW fact values, read from the words of {@link AnnualWords#GRADES}. */
final class Grades {

    static final List<String> VALUES = List.of("EXCELLENT", "QUALIFIED", "BASIC", "UNQUALIFIED");

    private Grades() {
    }

    static Optional<String> value(String word) {
        return Optional.ofNullable(AnnualWords.GRADES.get(word.strip()));
    }

    /** A list entry of a member's grade: {@code name} and one flag per grade ({@code grade.EXCELLENT} …). */
    static Map<String, Object> entry(String name, String value) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        VALUES.forEach(v -> flags.put(v, v.equals(value)));
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", name);
        e.put("grade", flags);
        return e;
    }
}
