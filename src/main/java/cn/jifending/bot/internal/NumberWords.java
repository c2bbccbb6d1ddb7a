package cn.jifending.bot.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as people type them: 3, 0.5, 1.5分, and small Chinese numbers (三, 两, 十二, 二十五).
 * Full-width digits are folded to ASCII first ({@link #fold}).
 */
public final class NumberWords {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final Pattern DECIMAL = Pattern.compile("[+]?\\d{1,9}(\\.\\d{1,6})?");
    private static final Pattern CHINESE = Pattern.compile("[零〇一二两三四五六七八九十百]{1,6}");
    /** An id as typed: 12, #12, No.12, 编号12, 第12号; group 1 is the number. */
    public static final Pattern ID = Pattern.compile("(?:#|No\\.?|编号|第)?\\s*(\\d{1,15})\\s*号?");
    private static final Pattern UNIT = Pattern.compile("(分|天|次|个|题|人)$");

    private NumberWords() {
    }

    /** Full-width digits, letters and the marks @ # . - / : folded to ASCII, one char for one char. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF0C' && c != '\uFF1A' && c != '\uFF1B') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A number in {@code word} (a unit such as 分 after it is allowed), or empty. */
    public static Optional<BigDecimal> decimal(String word) {
        String w = UNIT.matcher(fold(word).strip()).replaceFirst("").strip();
        if (DECIMAL.matcher(w).matches()) {
            return Optional.of(new BigDecimal(w));
        }
        if (CHINESE.matcher(w).matches()) {
            int n = chinese(w);
            return n < 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(n));
        }
        return Optional.empty();
    }

    /** 1 to 99 written in digits or Chinese (十一, 二十); -1 when not such a number. */
    static int small(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(word);
        }
        return chinese(word);
    }

    /** 0 to 999 in Chinese numerals; -1 when not one. */
    static int chinese(String w) {
        String s = w.replace('两', '二').replace('〇', '零');
        int total = 0;
        int current = -1;
        boolean hundred = false;
        for (char c : s.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                if (current > 0 || (current == 0 && d == 0)) {
                    return -1;
                }
                current = d;
            } else if (c == '百' && !hundred && current > 0) {
                total += current * 100;
                current = -1;
                hundred = true;
            } else if (c == '十' && total % 100 == 0) {
                total += (current < 0 ? 1 : current) * 10;
                current = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(current, 0);
    }
}
