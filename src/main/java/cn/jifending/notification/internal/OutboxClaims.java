package cn.jifending.notification.internal;

import cn.jifending.notification.internal.OutboxProperties.ClaimMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims due outbox rows for one dispatcher. Where the database has {@code SELECT … FOR UPDATE SKIP
 * LOCKED} (MySQL 8, MariaDB 10.6+, H2 2.x) a whole batch is taken in one short READ COMMITTED
 * transaction: concurrent claimers skip each other's rows instead of waiting or colliding. Elsewhere
 * each row is taken by its own conditional update (status and lease in the WHERE clause). Either
 * way a row has at most one live lease, so several instances on one database send it once.
 * {@code jifen.outbox.claim=auto} probes the database once, on the first claim.
 */
@Component
class OutboxClaims {

    private static final Logger log = LoggerFactory.getLogger(OutboxClaims.class);

    private final OutboxMapper rows;
    private final OutboxStore store;
    private final TransactionTemplate readCommitted;
    private volatile ClaimMode detected;

    OutboxClaims(OutboxMapper rows, OutboxStore store, PlatformTransactionManager transactions) {
        this.rows = rows;
        this.store = store;
        this.readCommitted = new TransactionTemplate(transactions);
        this.readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.readCommitted.setTimeout(30);
    }

    /** Claims up to {@code limit} due rows for {@code owner} and loads them, oldest due first. */
    List<OutboxStore.Claimed> claim(ClaimMode mode, String owner, LocalDateTime now, LocalDateTime leaseUntil,
                                    int limit) {
        return resolve(mode) == ClaimMode.SKIP_LOCKED
                ? claimSkippingLocked(owner, now, leaseUntil, limit)
                : claimOneByOne(owner, now, leaseUntil, limit);
    }

    /** The mode a claim with {@code requested} uses: AUTO becomes what the database supports. */
    ClaimMode resolve(ClaimMode requested) {
        if (requested != ClaimMode.AUTO) {
            return requested;
        }
        ClaimMode mode = detected;
        if (mode == null) {
            synchronized (this) {
                if (detected == null) {
                    detected = probe();
                }
                mode = detected;
            }
        }
        return mode;
    }

    private ClaimMode probe() {
        try {
            readCommitted.executeWithoutResult(s -> rows.probeSkipLocked());
            log.info("Outbox claims batches with SELECT ... FOR UPDATE SKIP LOCKED");
            return ClaimMode.SKIP_LOCKED;
        } catch (DataAccessException e) {
            log.info("The database has no FOR UPDATE SKIP LOCKED ({}); the outbox claims row by row",
                    e.getMostSpecificCause().getMessage());
            return ClaimMode.CONDITIONAL_UPDATE;
        }
    }

    private List<OutboxStore.Claimed> claimSkippingLocked(String owner, LocalDateTime now, LocalDateTime leaseUntil,
                                                          int limit) {
        List<Long> ids = readCommitted.execute(s -> {
            List<Long> due = new ArrayList<>(rows.lockExpiredLeases(now, limit));
            if (due.size() < limit) {
                due.addAll(rows.lockDuePending(now, limit - due.size()));
            }
            if (!due.isEmpty()) {
                store.leaseAll(due, owner, leaseUntil);
            }
            return due;
        });
        return ids == null || ids.isEmpty() ? List.of() : store.loadClaimed(ids, owner);
    }

    private List<OutboxStore.Claimed> claimOneByOne(String owner, LocalDateTime now, LocalDateTime leaseUntil,
                                                    int limit) {
        List<OutboxStore.Claimed> claimed = new ArrayList<>();
        for (long id : store.dueIds(now, limit)) {
            if (store.claim(id, owner, now, leaseUntil)) {
                store.loadClaimed(id, owner).ifPresent(claimed::add);
            }
        }
        return claimed;
    }
}
