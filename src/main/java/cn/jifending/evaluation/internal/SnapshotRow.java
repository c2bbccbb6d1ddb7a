package cn.jifending.evaluation.internal;

import java.math.BigDecimal;

/** One version of a member's snapshot in a round (the latest version is the round's figure). */
record SnapshotRow(long roundId, long memberId, int version, String userId, String name, int activeMonths,
                   String monthBases, BigDecimal base, BigDecimal featured, BigDecimal total) {

    SnapshotRow inRound(long id) {
        return new SnapshotRow(id, memberId, version, userId, name, activeMonths, monthBases, base, featured, total);
    }
}
