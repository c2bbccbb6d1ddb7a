package cn.jifending.ledger;

import cn.jifending.audit.Source;
import cn.jifending.scoring.FactKind;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A recorded fact. Immutable once written; {@code corrects} names the fact this one cancels
 * (REVERSAL) or replaces (any other kind).
 */
public record Fact(long id, FactKind kind, long branchId, long memberId, String item, LocalDate occurredOn,
                   LocalDate endsOn, String value, Long corrects, String recordedBy, LocalDateTime recordedAt,
                   Source source, String reason, String eventRef, String approvalRef) {

    public boolean isCorrection() {
        return corrects != null;
    }
}
