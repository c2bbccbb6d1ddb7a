package cn.jifending.declaration.internal;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of a 申报 conversation as members type them: how a declaration begins, what separates its
 * parts, the fillers after an item's alias, the answers 确认/取消 and 保留原申报/改报新的, and the
 * decision keywords' meaning.
 */
final class DeclarationWords {

    /** How a declaration begins (我要申报 / 申报 / 申请) and the marks after it. */
    static final Pattern LEAD = Pattern.compile("^(我要申报|申报|申请)[\\s\\u3000:：,，]*");
    /** A text that starts a new declaration. */
    static final Pattern STARTS = Pattern.compile("^(申报|我要申报).*", Pattern.DOTALL);
    /** What separates the parts of a declaration. */
    static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000,，、;；:：]+");
    /** What separates a declaration's first word from the rest. */
    static final Pattern FIRST_WORD = Pattern.compile("[\\s\\u3000,，]+");
    /** The filler an alias may carry inside its word (志愿服务 for 志愿). */
    static final Pattern ALIAS_FILLER = Pattern.compile("(活动|服务|工作|项目|情况|分|员)?");

    static final Pattern CONFIRM = Pattern.compile("(确认|确定|提交|确认提交|是|好的?|对|ok|OK)[。.!！]?");
    static final Pattern CANCEL = Pattern.compile("(取消|不要了|算了|撤销|放弃|否)[。.!！]?");
    /** The two answers to 「which one to keep」 when a new 申报 arrives while one is unfinished. */
    static final Pattern KEEP_OLD = Pattern.compile("(保留原申报|保留原来的|保留旧的|继续原来的|保留|原来的)[。.!！]?");
    static final Pattern TAKE_NEW = Pattern.compile("(改报新的|改为新的|用新的|新的|新申报|重新申报)[。.!！]?");
    /** The texts a press of the confirmation card's buttons stands for (read by {@link #CONFIRM} / {@link #CANCEL}). */
    static final String CONFIRM_PRESS = "确认";
    static final String CANCEL_PRESS = "取消";

    /** The decision keywords that are not an adjustment of the points. */
    static final Map<String, Decisions.Kind> DECISIONS = Map.of("驳回", Decisions.Kind.REJECT, "通过", Decisions.Kind.APPROVE);
    /** The keywords of 我的积分 that ask for the month's detail end with this. */
    static final String DETAIL = "明细";

    private DeclarationWords() {
    }
}
