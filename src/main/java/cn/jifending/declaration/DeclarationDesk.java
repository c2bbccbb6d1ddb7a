package cn.jifending.declaration;

import cn.jifending.audit.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Declarations for callers outside the chat (the demo year): the same steps as the member's 确认 and
 * the decider's 通过 / 驳回 — the same checks, approval card, ledger fact, audit row, event and
 * messages — with the evidence already stored ({@code cn.jifending.evidence.EvidenceStore#store}).
 */
public interface DeclarationDesk {

    /**
     * Submits a declaration of the member as 确认 does. The same {@code source} again returns the
     * declaration submitted the first time.
     *
     * @param item the scheme item code ({@code volunteer_service}, {@code grid_work}) or a branch item's
     * @return the declaration's id, or empty when the date or the item is refused (nothing written)
     */
    Optional<Long> submit(String userId, String item, LocalDate occurredOn, String description,
                          List<Long> evidenceIds, Source source);

    /**
     * Approves (with the proposed points) or rejects (with a reason) a pending declaration as its
     * decider; the decider must be one of the declaration's approvers.
     *
     * @return false when it was not decided (not pending, not the decider's, a locked quarter)
     */
    boolean decide(long declarationId, String deciderUserId, boolean approve, String reason, Source source);
}
