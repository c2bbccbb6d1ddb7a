package cn.jifending.recording.internal;

import java.util.Set;
import java.util.regex.Pattern;

/** The words of {@code 支部积分} besides its periods: the page ({@code 第2页}) and the whole year (全年, 年). */
final class ScoreWords {

    /** A page asked for; group 1 is its number. */
    static final Pattern PAGE = Pattern.compile("第(\\d{1,4})页");
    /** Any word of the page's form, whatever its number (left out of the next page's command). */
    static final Pattern ANY_PAGE = Pattern.compile("第\\d+页");
    static final Set<String> WHOLE_YEAR = Set.of("全年", "年");
    /** 全年 written before a year (2025全年). */
    static final String WHOLE = "全年";

    private ScoreWords() {
    }
}
