package cn.jifending.notification.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs {@link OutboxDispatcher#runOnce()} on one daemon thread: again at once while there is work,
 * else after {@code jifen.outbox.poll-interval}, or as soon as a transaction that wrote outbox rows
 * commits. Started with the context when
 * {@code jifen.outbox.dispatch-enabled} is true.
 */
class OutboxDispatchLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatchLoop.class);

    private final OutboxDispatcher dispatcher;
    private final OutboxProperties properties;
    private final DispatchSignal signal;
    private ScheduledExecutorService executor;
    private ScheduledFuture<?> next;
    private volatile boolean woken;

    OutboxDispatchLoop(OutboxDispatcher dispatcher, OutboxProperties properties, DispatchSignal signal) {
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.signal = signal;
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
        next = executor.schedule(this::round, 0, TimeUnit.MILLISECONDS);
        signal.listen(this::wake);
        log.info("Outbox dispatcher started (poll every {})", properties.pollInterval());
    }

    private void round() {
        long pause = properties.pollInterval().toMillis();
        woken = false;
        try {
            if (dispatcher.runOnce() > 0 || woken) {
                pause = 0;
            }
        } catch (RuntimeException e) {
            log.warn("Outbox dispatch round failed; trying again in {}", properties.pollInterval(), e);
        }
        scheduleNext(pause);
    }

    private synchronized void scheduleNext(long pauseMillis) {
        if (executor != null && !executor.isShutdown()) {
            next = executor.schedule(this::round, pauseMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Runs the next round now if the loop is waiting, or right after the round in progress. */
    private synchronized void wake() {
        woken = true;
        if (executor != null && next != null && next.cancel(false)) {
            next = executor.schedule(this::round, 0, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        signal.listen(() -> { });
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = executor;
            executor = null;
            next = null;
        }
        if (stopping != null) {
            stopping.shutdownNow();
            try {
                stopping.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
