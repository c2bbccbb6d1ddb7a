package cn.jifending.notification.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs {@link OutboxDispatcher#runOnce()} on one daemon thread: again at once while there is work,
 * else after {@code jifen.outbox.poll-interval}. Started with the context when
 * {@code jifen.outbox.dispatch-enabled} is true.
 */
class OutboxDispatchLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatchLoop.class);

    private final OutboxDispatcher dispatcher;
    private final OutboxProperties properties;
    private ScheduledExecutorService executor;

    OutboxDispatchLoop(OutboxDispatcher dispatcher, OutboxProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-dispatcher");
            t.setDaemon(true);
            return t;
        });
        executor.schedule(this::round, 0, TimeUnit.MILLISECONDS);
        log.info("Outbox dispatcher started (poll every {})", properties.pollInterval());
    }

    private void round() {
        long pause = properties.pollInterval().toMillis();
        try {
            if (dispatcher.runOnce() > 0) {
                pause = 0;
            }
        } catch (RuntimeException e) {
            log.warn("Outbox dispatch round failed; trying again in {}", properties.pollInterval(), e);
        }
        ScheduledExecutorService ex = executor;
        if (ex != null && !ex.isShutdown()) {
            ex.schedule(this::round, pause, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    @Override
    public boolean isAutoStartup() {
        return properties.dispatchEnabled();
    }
}
