package cn.jifending.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A branch's own featured item (其他支部自选分) as approved by the committee: facts of
 * {@link #ledgerItem()} count under the scheme's branch-item cap and under this item's own yearly cap.
 *
 * @param ledgerItem the ledger item code, {@code branch:<code>}
 * @param branchId   the branch that defined it
 * @param year       the year it was approved for
 * @param name       its name (排头兵, 信息撰稿 …)
 * @param points     default points per occurrence
 * @param cap        its yearly cap per member
 * @param approvedBy who approved it
 * @param approvedOn when (Asia/Shanghai date)
 */
public record BranchItem(String ledgerItem, String branchId, int year, String name, BigDecimal points,
                         BigDecimal cap, String approvedBy, LocalDate approvedOn) {

    public BranchItem {
        Objects.requireNonNull(ledgerItem, "ledgerItem");
        Objects.requireNonNull(cap, "cap");
        if (!ledgerItem.startsWith("branch:")) {
            throw new IllegalArgumentException("a branch item's ledger code starts with branch:, not " + ledgerItem);
        }
    }
}
