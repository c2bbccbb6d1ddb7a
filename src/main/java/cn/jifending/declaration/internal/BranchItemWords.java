package cn.jifending.declaration.internal;

import java.util.regex.Pattern;

/**
 * What a secretary writes after {@code 自选项目}: {@code 每次2分}, {@code 上限6分} and, for an item
 * that needs no evidence, {@code 无需材料} (or 不需要/不需/不用, with or without 佐证).
 */
final class BranchItemWords {

    static final Pattern POINTS = Pattern.compile("每次\\s*(\\d{1,2}(?:\\.\\d{1,2})?)\\s*分");
    static final Pattern CAP = Pattern.compile("上限\\s*(\\d{1,2}(?:\\.\\d{1,2})?)\\s*分");
    static final Pattern NO_EVIDENCE = Pattern.compile("(无需|不需要|不需|不用)(佐证)?材料");
    /** A name may not begin with the words of the points or the cap. */
    static final Pattern NOT_A_NAME = Pattern.compile("^(每次|上限).*");

    private BranchItemWords() {
    }
}
