package cn.jifending.notification.internal;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the dispatcher in the background: one claimer thread takes batches of due rows
 * ({@link OutboxDispatcher#claim()}) and hands each send to a pool of {@code jifen.outbox.workers}
 * sender threads sharing one queue, so a slow call holds only its own send while the other workers
 * go on. The claimer claims again at once while there is work and fewer sends are queued or running
 * than there are workers; else after {@code jifen.outbox.poll-interval}, as soon as a send finishes,
 * or as soon as a transaction that wrote outbox rows commits. Started with the context when
 * {@code jifen.outbox.dispatch-enabled} is true.
 */
class OutboxDispatchLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatchLoop.class);

    private final OutboxDispatcher dispatcher;
    private final OutboxProperties properties;
    private final DispatchSignal signal;
    private final AtomicInteger inFlight = new AtomicInteger();
    private ScheduledExecutorService claimer;
    private ExecutorService workers;
    private ScheduledFuture<?> next;
    private volatile boolean woken;

    OutboxDispatchLoop(OutboxDispatcher dispatcher, OutboxProperties properties, DispatchSignal signal) {
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.signal = signal;
    }

    @Override
    public synchronized void start() {
        if (claimer != null) {
            return;
        }
        claimer = Executors.newSingleThreadScheduledExecutor(daemon("outbox-claimer"));
        workers = Executors.newFixedThreadPool(properties.workers(), daemon("outbox-sender"));
        next = claimer.schedule(this::round, 0, TimeUnit.MILLISECONDS);
        signal.listen(this::wake);
        log.info("Outbox dispatcher started ({} sender workers, poll every {})", properties.workers(),
                properties.pollInterval());
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private void round() {
        long pause = properties.pollInterval().toMillis();
        woken = false;
        try {
            if (inFlight.get() < properties.workers()) {
                List<Delivery> sends = dispatcher.claim();
                sends.forEach(this::submit);
                if (!sends.isEmpty() || woken) {
                    pause = 0;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Outbox claim failed; trying again in {}", properties.pollInterval(), e);
        }
        scheduleNext(pause);
    }

    private void submit(Delivery delivery) {
        inFlight.incrementAndGet();
        try {
            workers.execute(() -> {
                try {
                    dispatcher.deliver(delivery);
                } catch (RuntimeException e) {
                    log.warn("Outbox send of {} failed unexpectedly; its lease will expire", delivery.ids(), e);
                } finally {
                    inFlight.decrementAndGet();
                    wake();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            inFlight.decrementAndGet();
            log.info("Outbox stopping; rows {} stay claimed until their lease expires", delivery.ids());
        }
    }

    private synchronized void scheduleNext(long pauseMillis) {
        if (claimer != null && !claimer.isShutdown()) {
            next = claimer.schedule(this::round, pauseMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Runs the next round now if the claimer is waiting, or right after the round in progress. */
    private synchronized void wake() {
        woken = true;
        if (claimer != null && next != null && next.cancel(false)) {
            next = claimer.schedule(this::round, 0, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        signal.listen(() -> { });
        ScheduledExecutorService stoppingClaimer;
        ExecutorService stoppingWorkers;
        synchronized (this) {
            stoppingClaimer = claimer;
            stoppingWorkers = workers;
            claimer = null;
            workers = null;
            next = null;
        }
        if (stoppingClaimer != null) {
            stoppingClaimer.shutdownNow();
            stoppingWorkers.shutdown();
            try {
                stoppingClaimer.awaitTermination(10, TimeUnit.SECONDS);
                if (!stoppingWorkers.awaitTermination(10, TimeUnit.SECONDS)) {
                    stoppingWorkers.shutdownNow();
                }
            } catch (InterruptedException e) {
                stoppingWorkers.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return claimer != null;
    }

    @Override
    public boolean isAutoStartup() {
        return properties.dispatchEnabled();
    }
}
