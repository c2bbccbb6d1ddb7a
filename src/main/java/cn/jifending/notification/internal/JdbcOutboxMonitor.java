package cn.jifending.notification.internal;

import cn.jifending.notification.OutboxMonitor;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
class JdbcOutboxMonitor implements OutboxMonitor {

    private static final Logger log = LoggerFactory.getLogger(JdbcOutboxMonitor.class);

    private final OutboxStore store;
    private final Clock clock;

    JdbcOutboxMonitor(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<Entry> deadMessages(int limit) {
        return store.dead(Math.max(1, Math.min(limit, 1000)));
    }

    @Override
    public long undeliveredCount() {
        return store.undelivered();
    }

    @Override
    public boolean requeue(long id) {
        boolean done = store.requeue(id, LocalDateTime.ofInstant(clock.instant(), JdbcOutbox.ZONE));
        if (done) {
            log.info("Outbox message {} requeued by an admin", id);
        }
        return done;
    }
}
