package cn.jifending.ledger.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that score a branch's members while the branch's scan reads ({@link LedgerScores},
 * {@link ResultsInOrder}): {@code jifen.scoring.workers} daemon threads named {@code scoring-worker-N}, so a
 * thread dump shows them, shared by every caller and by nothing else. The tasks are pure computations; once
 * the pool is shut down (the application stopping) a task runs on the caller's thread instead.
 */
@Component
final class ScoringWorkers implements Executor, DisposableBean {

    private final ExecutorService pool;

    ScoringWorkers(ScoringProperties properties) {
        AtomicInteger number = new AtomicInteger();
        pool = Executors.newFixedThreadPool(properties.workerThreads(), task -> {
            Thread thread = new Thread(task, "scoring-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void execute(Runnable task) {
        try {
            pool.execute(task);
        } catch (RejectedExecutionException shutDown) {
            task.run();
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
