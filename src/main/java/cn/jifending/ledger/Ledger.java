package cn.jifending.ledger;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The append-only ledger. There is deliberately no way to change or delete a fact: a correction is
 * a new fact. Every write runs in one transaction with its audit row.
 */
public interface Ledger {

    /**
     * Records a fact. Recording the same source + member + kind + item + date again has no
     * further effect and returns the fact recorded the first time.
     *
     * @throws PeriodLockedException when the date lies in a locked quarter
     * @throws LedgerException       when the fact breaks a rule of its kind or the member is not in the branch
     */
    Fact record(NewFact fact);

    /**
     * Corrects a fact with a new one that links to it: a REVERSAL, or a replacement of the same
     * kind. Only the latest version of a fact can be corrected. Idempotent by source like {@link #record}.
     */
    Fact correct(long factId, Correction correction);

    Optional<Fact> find(long factId);

    /**
     * Ids of every fact (any branch, corrections included) recorded in {@code [from, to)}, ascending:
     * the population a spot check (抽查) draws from.
     */
    List<Long> factIdsRecordedBetween(java.time.LocalDateTime from, java.time.LocalDateTime to);

    /** The member's facts dated in the year, in every branch, oldest id first. */
    List<Fact> factsOf(long memberId, int year);

    /**
     * Streams the branch's year member by member (ordered by member id): everyone with a
     * membership spell touching the year, with their facts in the branch dated in the year.
     */
    void forEachMemberYear(long branchId, int year, Consumer<MemberYear> consumer);
}
