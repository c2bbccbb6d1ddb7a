package cn.jifending.declaration;

import cn.jifending.audit.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A member's declaration was approved or rejected on its approval card (or by chat). Published in the
 * decision's transaction; the member is told on it (after the decision committed).
 *
 * @param memberUserId the declaring member's DingTalk userid
 * @param points       the points granted (zero when rejected)
 * @param reason       the rejection's reason, or null
 * @param decidedBy    DingTalk userid of who decided
 * @param factId       the ledger fact recorded for an approval with points, or null
 * @param source       the decision's card press or chat message (with its inbound event)
 */
public record DeclarationDecided(long declarationId, long memberId, String memberUserId, Outcome outcome,
                                 String itemName, LocalDate occurredOn, BigDecimal points, String reason,
                                 String decidedBy, Long factId, Source source) {

    public enum Outcome { APPROVED, REJECTED }

    public DeclarationDecided {
        Objects.requireNonNull(memberUserId, "memberUserId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(source, "source");
    }
}
