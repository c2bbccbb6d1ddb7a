package cn.jifending.recording.internal;

import cn.jifending.scoring.FactKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The scheme items a recorder writes, with the words people use for them in chat and on sheets.
 * The words ({@link LedgerItemWords}) are input vocabulary; names shown back come from the scheme.
 */
enum LedgerItem {
    XUEXI("xuexi_login", FactKind.XUEXI_MISSED_DAYS),
    DAILY_QUESTION("daily_question", FactKind.DAILY_QUESTION_POINTS),
    DUES("dues", FactKind.DUES),
    COLLECTIVE_STUDY("collective_study", FactKind.ATTENDANCE),
    OTHER_STUDY("other_study", FactKind.ATTENDANCE),
    BRANCH_CONGRESS("branch_congress", FactKind.ATTENDANCE),
    PARTY_LECTURE("party_lecture", FactKind.ATTENDANCE),
    GROUP_MEETING("group_meeting", FactKind.ATTENDANCE),
    PARTY_DAY("party_day", FactKind.ATTENDANCE),
    ORG_LIFE_MEETING("org_life_meeting", FactKind.ATTENDANCE);

    private final String code;
    private final FactKind kind;

    LedgerItem(String code, FactKind kind) {
        this.code = code;
        this.kind = kind;
    }

    /** The words for the item ({@link LedgerItemWords}), the usual one first. */
    List<String> words() {
        return LedgerItemWords.BY_CODE.get(code);
    }

    String code() {
        return code;
    }

    FactKind kind() {
        return kind;
    }

    /** The usual word for the item (first of its words). */
    String word() {
        return words().get(0);
    }

    boolean meeting() {
        return kind == FactKind.ATTENDANCE;
    }

    static Optional<LedgerItem> byWord(String word) {
        String w = word.strip();
        return Arrays.stream(values()).filter(i -> i.words().contains(w) || i.code.equals(w)).findFirst();
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
