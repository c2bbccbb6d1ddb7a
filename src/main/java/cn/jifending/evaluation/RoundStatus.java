package cn.jifending.evaluation;

/** Whether a branch's quarterly round was opened and signed off. */
public record RoundStatus(long branchId, int year, int quarter, boolean signed) {
}
