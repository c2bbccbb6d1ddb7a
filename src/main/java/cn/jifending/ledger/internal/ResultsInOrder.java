package cn.jifending.ledger.internal;

import cn.jifending.scoring.YearResult;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * A branch's results scored while its scan is still reading (producer/consumer on two cores: the caller's
 * thread reads rows, a worker scores members) and handed to the consumer on the caller's thread, in the
 * order they were offered. At most {@link #WINDOW} results wait; past that the caller scores the oldest
 * itself, so memory stays per member, not per branch. A member whose scoring needs the database is
 * offered {@link #afterScan} and computed by the caller once the scan is closed (it holds back the
 * members after it until then: rare, a member with facts in the branch but no spell there).
 */
final class ResultsInOrder {

    static final int WINDOW = 64;

    private record Slot(FutureTask<Optional<YearResult>> task, boolean pure) {
    }

    private final Executor workers;
    private final Consumer<YearResult> consumer;
    private final ArrayDeque<Slot> waiting = new ArrayDeque<>();

    ResultsInOrder(Executor workers, Consumer<YearResult> consumer) {
        this.workers = workers;
        this.consumer = consumer;
    }

    /** A pure computation (no database): scored by a worker, or by the caller when it catches up. */
    void score(Callable<Optional<YearResult>> scoring) {
        FutureTask<Optional<YearResult>> task = new FutureTask<>(scoring);
        waiting.add(new Slot(task, true));
        workers.execute(task);
        deliverReady();
    }

    /** A result already computed. */
    void ready(Optional<YearResult> result) {
        FutureTask<Optional<YearResult>> task = new FutureTask<>(() -> result);
        task.run();
        waiting.add(new Slot(task, false));
        deliverReady();
    }

    /** A computation that reads the database: run by the caller in {@link #finish}, after the scan. */
    void afterScan(Callable<Optional<YearResult>> lookup) {
        waiting.add(new Slot(new FutureTask<>(lookup), false));
    }

    /** Every remaining result, in order; call after the scan is closed. */
    void finish() {
        while (!waiting.isEmpty()) {
            deliver(waiting.poll().task());
        }
    }

    /** Drops what is still waiting (the scan or a consumer failed). */
    void abandon() {
        waiting.forEach(slot -> slot.task().cancel(false));
        waiting.clear();
    }

    private void deliverReady() {
        while (!waiting.isEmpty() && waiting.peek().task().isDone()) {
            deliver(waiting.poll().task());
        }
        while (waiting.size() > WINDOW && waiting.peek().pure()) {
            deliver(waiting.poll().task());
        }
    }

    /** Runs the task here unless a worker has started it (then waits for it), and hands on its result. */
    private void deliver(FutureTask<Optional<YearResult>> task) {
        task.run();
        Optional<YearResult> result;
        try {
            result = task.get();
        } catch (ExecutionException e) {
            abandon();
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            abandon();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring a branch", e);
        }
        result.ifPresent(consumer);
    }
}
