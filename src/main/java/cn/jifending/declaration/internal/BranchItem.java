package cn.jifending.declaration.internal;

import java.math.BigDecimal;

/** A branch's own featured item (其他支部自选分) for one year, as proposed and decided. */
record BranchItem(long id, long branchId, int year, String name, BigDecimal points, BigDecimal cap,
                  boolean evidenceRequired, Status status, String proposedBy, String decidedBy, String outTrackId) {

    enum Status { PROPOSED, APPROVED, REJECTED }

    String ledgerItem() {
        return "branch:" + id;
    }
}
