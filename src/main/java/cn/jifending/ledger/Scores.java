package cn.jifending.ledger;

import cn.jifending.scoring.Scheme;
import cn.jifending.scoring.YearResult;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Scores derived from the ledger: the member's facts and membership spells, computed with the
 * scheme of the year. Nothing here is stored; every call recomputes from the facts.
 */
public interface Scores {

    /** The scheme that scores {@code year} (each year is computed with its own scheme). */
    Scheme schemeFor(int year);

    /**
     * The member's year so far, over every branch they belonged to that year; empty when the
     * member had no active month in the year (no result, not zero).
     */
    Optional<YearResult> yearOf(long memberId, int year);

    /**
     * Every result of the branch's year, member by member (ordered by member id); memory is per
     * branch, flat in the number of members. A member who also belonged to another branch that year
     * is scored over all their branches. Members are scored while the branch's rows are still being
     * read; the consumer is called on the caller's thread once they are all read, so it may use the
     * database.
     */
    void forEachYear(long branchId, int year, Consumer<YearResult> consumer);
}
