package cn.jifending.evaluation.internal;

import java.util.regex.Pattern;

/**
 * The words the quarterly round reads (input vocabulary, never shown by themselves): its commands' keywords, which
 * {@link EvaluationCommand} dispatches on, the reason marker of 签名确认, the member's 取消 of a pending objection
 * and the panel's 撤销 of a ledger record. What the bot shows is in {@code bot-templates/}.
 */
final class EvaluationWords {

    /** {@code 开始考评 2026Q3}: the secretary opens a round. */
    static final String OPEN = "开始考评";
    /** {@code 考评进度 [2026Q3]}: the panel's view of a round. */
    static final String PROGRESS = "考评进度";
    /** {@code 季度积分 [2026]}: a member's snapshots of the year. */
    static final String HISTORY = "季度积分";
    /** {@code 签名确认 2026Q3 [理由 …]}: the secretary signs off. */
    static final String SIGN_OFF = "签名确认";

    /** The arguments of 签名确认: the quarter, then optionally 理由 and the secretary's reason. */
    static final Pattern SIGN_OFF_ARGUMENTS = Pattern.compile(
            "(\\S+)(?:[\\s\\u3000]+理由[:：]?[\\s\\u3000]*(.*))?", Pattern.DOTALL);

    /** The member's answer that drops an objection still waiting for its reason. */
    static final String CANCEL = "取消";
    /** The new value of a correction that reverses the ledger record instead of replacing it. */
    static final String REVOKE = "撤销";

    private EvaluationWords() {
    }
}
