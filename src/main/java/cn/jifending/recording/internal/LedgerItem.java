package cn.jifending.recording.internal;

import cn.jifending.scoring.FactKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The scheme items a recorder writes, with the words people use for them in chat and on sheets.
 * The words are input vocabulary; names shown back come from the scheme.
 */
enum LedgerItem {
    XUEXI("xuexi_login", FactKind.XUEXI_MISSED_DAYS, "学习强国", "登录学习强国", "学习强国未登录天数"),
    DAILY_QUESTION("daily_question", FactKind.DAILY_QUESTION_POINTS, "每日一题", "完成每日一题", "每日一题积分"),
    DUES("dues", FactKind.DUES, "党费", "党费缴纳", "交纳党费", "缴纳党费"),
    COLLECTIVE_STUDY("collective_study", FactKind.ATTENDANCE, "集中学习", "组织集中学习"),
    OTHER_STUDY("other_study", FactKind.ATTENDANCE, "其他政治学习", "其他学习", "学法"),
    BRANCH_CONGRESS("branch_congress", FactKind.ATTENDANCE, "支部大会"),
    PARTY_LECTURE("party_lecture", FactKind.ATTENDANCE, "支部党课", "党课"),
    GROUP_MEETING("group_meeting", FactKind.ATTENDANCE, "党小组会", "小组会"),
    PARTY_DAY("party_day", FactKind.ATTENDANCE, "主题党日", "主题党日活动", "党日活动"),
    ORG_LIFE_MEETING("org_life_meeting", FactKind.ATTENDANCE, "组织生活会");

    private final String code;
    private final FactKind kind;
    private final List<String> words;

    LedgerItem(String code, FactKind kind, String... words) {
        this.code = code;
        this.kind = kind;
        this.words = List.of(words);
    }

    String code() {
        return code;
    }

    FactKind kind() {
        return kind;
    }

    /** The usual word for the item (first of its words). */
    String word() {
        return words.get(0);
    }

    boolean meeting() {
        return kind == FactKind.ATTENDANCE;
    }

    static Optional<LedgerItem> byWord(String word) {
        String w = word.strip();
        return Arrays.stream(values()).filter(i -> i.words.contains(w) || i.code.equals(w)).findFirst();
    }

    static Optional<LedgerItem> byCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
    }

    static List<String> meetingWords() {
        return Arrays.stream(values()).filter(LedgerItem::meeting).map(LedgerItem::word).toList();
    }

    static List<String> allWords() {
        return Arrays.stream(values()).map(LedgerItem::word).toList();
    }
}
