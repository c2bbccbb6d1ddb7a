package cn.jifending.recording.internal;

import java.util.List;
import java.util.Map;

/** The words people use for each ledger item in chat and on sheets, by item code; the first is the usual one. */
final class LedgerItemWords {

    static final Map<String, List<String>> BY_CODE = Map.of(
            "xuexi_login", List.of("学习强国", "登录学习强国", "学习强国未登录天数"),
            "daily_question", List.of("每日一题", "完成每日一题", "每日一题积分"),
            "dues", List.of("党费", "党费缴纳", "交纳党费", "缴纳党费"),
            "collective_study", List.of("集中学习", "组织集中学习"),
            "other_study", List.of("其他政治学习", "其他学习", "学法"),
            "branch_congress", List.of("支部大会"),
            "party_lecture", List.of("支部党课", "党课"),
            "group_meeting", List.of("党小组会", "小组会"),
            "party_day", List.of("主题党日", "主题党日活动", "党日活动"),
            "org_life_meeting", List.of("组织生活会"));

    private LedgerItemWords() {
    }
}
