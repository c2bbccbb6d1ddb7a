package cn.jifending.ledger.internal;

import cn.jifending.scoring.YearResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * A branch's results scored while its scan is still reading (producer/consumer on two cores: the caller's
 * thread reads rows, a worker scores members), handed to the consumer on the caller's thread, in the order
 * they were offered, once the scan is closed: consumers read the database (the directory, last year's
 * results, the snapshots) and the connection can run nothing else while the rows stream. When more than
 * {@link #AHEAD} members wait for the worker, the caller scores the oldest of them itself.
 */
final class ResultsInOrder {

    static final int AHEAD = 8;

    private final Executor workers;
    private final List<FutureTask<Optional<YearResult>>> offered = new ArrayList<>();
    /** The pure scorings offered and perhaps not yet run: the only tasks the caller may run during the scan. */
    private final ArrayDeque<FutureTask<Optional<YearResult>>> scorings = new ArrayDeque<>();

    ResultsInOrder(Executor workers) {
        this.workers = workers;
    }

    /** A pure computation (no database): scored by a worker, or by the caller when the worker lags. */
    void score(Callable<Optional<YearResult>> scoring) {
        FutureTask<Optional<YearResult>> task = new FutureTask<>(scoring);
        offered.add(task);
        scorings.add(task);
        workers.execute(task);
        while (scorings.size() > AHEAD) {
            scorings.poll().run(); // a no-op when the worker has started it; never a database lookup
        }
    }

    /** A result already computed. */
    void ready(Optional<YearResult> result) {
        FutureTask<Optional<YearResult>> task = new FutureTask<>(() -> result);
        task.run();
        offered.add(task);
    }

    /** A computation that reads the database: run by the caller in {@link #deliver}, after the scan. */
    void afterScan(Callable<Optional<YearResult>> lookup) {
        offered.add(new FutureTask<>(lookup));
    }

    /** Every result, in order, to the consumer; call after the scan is closed. */
    void deliver(Consumer<YearResult> consumer) {
        for (int i = 0; i < offered.size(); i++) {
            FutureTask<Optional<YearResult>> task = offered.get(i);
            offered.set(i, null); // delivered results are the consumer's to keep or drop
            task.run(); // here, unless a worker has started it (then wait for it)
            result(task).ifPresent(consumer);
        }
        offered.clear();
        scorings.clear();
    }

    /** Drops what has not run yet (the scan or a consumer failed). */
    void abandon() {
        offered.forEach(task -> {
            if (task != null) {
                task.cancel(false);
            }
        });
        offered.clear();
        scorings.clear();
    }

    private Optional<YearResult> result(FutureTask<Optional<YearResult>> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring a branch", e);
        }
    }
}
