package cn.jifending.notification.internal;

import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.Messenger;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One dispatch round: claims due rows (each by a conditional update, so several instances can run
 * side by side), sends each through {@link Messenger}, then marks it SENT, schedules a retry
 * (exponential backoff with jitter) or marks it DEAD (not retryable, or out of tries).
 * Each step is its own short statement; no transaction is held while the channel is called.
 */
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxStore store;
    private final Messenger messenger;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Backoff backoff;
    private final String owner = "dispatcher-" + UUID.randomUUID();

    public OutboxDispatcher(OutboxStore store, Messenger messenger, OutboxProperties properties, Clock clock,
                            DoubleSupplier random) {
        this.store = store;
        this.messenger = messenger;
        this.properties = properties;
        this.clock = clock;
        this.backoff = new Backoff(properties.initialBackoff(), properties.maxBackoff(), properties.jitter(), random);
    }

    /** @return how many rows this round tried to deliver */
    public int runOnce() {
        LocalDateTime now = now();
        int tried = 0;
        for (long id : store.dueIds(now, properties.batchSize())) {
            if (store.claim(id, owner, now, now.plus(properties.lease()))) {
                store.loadClaimed(id, owner).ifPresent(this::deliver);
                tried++;
            }
        }
        return tried;
    }

    private void deliver(OutboxStore.Claimed claimed) {
        long id = claimed.message().id();
        try {
            messenger.send(claimed.message());
            store.markSent(id, owner, now());
        } catch (DeliveryException e) {
            failed(claimed, e.getMessage(), e.retryable());
        } catch (RuntimeException e) {
            failed(claimed, e.toString(), true);
        }
    }

    private void failed(OutboxStore.Claimed claimed, String error, boolean retryable) {
        long id = claimed.message().id();
        int attempts = claimed.attempts();
        if (retryable && attempts < properties.maxAttempts()) {
            var delay = backoff.delay(attempts);
            store.retryLater(id, owner, now().plus(delay), error);
            log.info("Outbox message {} ({}) failed try {}/{}, next try in {}: {}", id, claimed.message().kind(),
                    attempts, properties.maxAttempts(), delay, error);
        } else {
            store.markDead(id, owner, error);
            log.warn("Outbox message {} ({} to {}) is DEAD after {} tries ({}): {}", id, claimed.message().kind(),
                    claimed.message().userIds().isEmpty() ? claimed.message().groupId() : claimed.message().userIds(),
                    attempts, retryable ? "retry limit reached" : "not retryable", error);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), JdbcOutbox.ZONE);
    }
}
