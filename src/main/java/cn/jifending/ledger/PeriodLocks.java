package cn.jifending.ledger;

import cn.jifending.audit.Source;
import java.time.LocalDate;

/** Quarter locks (the secretary's sign-off). A locked quarter only takes approved corrections. */
public interface PeriodLocks {

    /** Locks a quarter (1–4) of a branch; locking again is a no-op. */
    void lock(long branchId, int year, int quarter, String actor, Source source);

    boolean isLocked(long branchId, LocalDate date);
}
