package cn.jifending.declaration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A member's declarations as {@code 我的申报} lists them, for readers outside the chat (the pages). */
public interface MemberDeclarations {

    /** The member's latest declarations, newest first. */
    List<Line> latest(long memberId, int limit);

    /**
     * One declaration.
     *
     * @param status       its state in words (待审批, 已通过 …)
     * @param points       the approved points, else the proposed ones
     * @param rejectReason the reason of a rejection, else null
     */
    record Line(long id, String item, LocalDate occurredOn, String status, BigDecimal points, String rejectReason) {
    }
}
