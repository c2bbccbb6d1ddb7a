package cn.jifending.declaration.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A submitted declaration and its decision. */
record Declaration(long id, long memberId, String userId, long branchId, String item, String itemName,
                   LocalDate occurredOn, String description, Status status, BigDecimal proposedPoints,
                   boolean zeroRecord, BigDecimal points, List<String> approvers, List<String> viewers,
                   String outTrackId, LocalDateTime submittedAt, String decidedBy, String rejectReason,
                   Long factId) {

    enum Status { PENDING, APPROVED, REJECTED, DISPUTED, OVERTURNED }

    Declaration {
        approvers = List.copyOf(approvers);
        viewers = List.copyOf(viewers);
    }
}
