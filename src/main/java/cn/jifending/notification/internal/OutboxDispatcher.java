package cn.jifending.notification.internal;

import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.Messenger;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims and delivers outbox rows: {@link #claim()} takes a batch of due rows under this
 * dispatcher's lease ({@link OutboxClaims}, safe with several instances) and groups identical
 * one-to-one texts ({@link MessageGroups}); {@link #deliver} sends one {@link Delivery} through
 * {@link Messenger}, then marks its rows SENT, schedules a retry (exponential backoff with jitter,
 * at least what the channel asked for) or marks them DEAD (not retryable, or out of tries). Each
 * step is its own short statement; no transaction is held while the channel is called, so
 * {@link #deliver} may run on several threads at once.
 */
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxStore store;
    private final OutboxClaims claims;
    private final Messenger messenger;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Backoff backoff;
    private final String owner = "dispatcher-" + UUID.randomUUID();

    public OutboxDispatcher(OutboxStore store, OutboxClaims claims, Messenger messenger, OutboxProperties properties,
                            Clock clock, DoubleSupplier random) {
        this.store = store;
        this.claims = claims;
        this.messenger = messenger;
        this.properties = properties;
        this.clock = clock;
        this.backoff = new Backoff(properties.initialBackoff(), properties.maxBackoff(), properties.jitter(), random);
    }

    /** Claims and delivers one batch on the calling thread. @return how many rows it tried to deliver */
    public int runOnce() {
        int tried = 0;
        for (Delivery delivery : claim()) {
            deliver(delivery);
            tried += delivery.rows().size();
        }
        return tried;
    }

    /** Claims up to {@code batch-size} due rows and groups them into sends. */
    List<Delivery> claim() {
        LocalDateTime now = now();
        var claimed = claims.claim(properties.claim(), owner, now, now.plus(properties.lease()), properties.batchSize());
        return claimed.isEmpty() ? List.of() : MessageGroups.of(claimed, properties.groupUsers());
    }

    void deliver(Delivery delivery) {
        try {
            messenger.send(delivery.message());
            List<Long> ids = delivery.ids();
            int marked = store.markSent(ids, owner, now());
            if (marked < ids.size()) {
                log.warn("Outbox rows {} were sent but {} of them had lost this dispatcher's lease", ids,
                        ids.size() - marked);
            }
        } catch (DeliveryException e) {
            delivery.rows().forEach(r -> failed(r, e.getMessage(), e.retryable(), e.retryAfter().orElse(Duration.ZERO)));
        } catch (RuntimeException e) {
            delivery.rows().forEach(r -> failed(r, e.toString(), true, Duration.ZERO));
        }
    }

    private void failed(OutboxStore.Claimed claimed, String error, boolean retryable, Duration retryAfter) {
        long id = claimed.message().id();
        int attempts = claimed.attempts();
        if (retryable && attempts < properties.maxAttempts()) {
            Duration delay = backoff.delay(attempts);
            if (retryAfter.compareTo(delay) > 0) {
                delay = retryAfter;
            }
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
