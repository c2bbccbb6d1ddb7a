package cn.jifending.demo.internal;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The story's steps in the order they happen; a step may schedule later ones (a round's sign-off, once
 * it was opened). {@link #run} replays every step before "now" at its moment and leaves the rest undone.
 */
final class Timeline {

    private record Step(LocalDateTime at, long seq, Runnable action) {
    }

    private final PriorityQueue<Step> steps = new PriorityQueue<>(
            Comparator.comparing(Step::at).thenComparingLong(Step::seq));
    private final ReplayClock clock;
    private final LocalDateTime now;
    private long seq;

    Timeline(ReplayClock clock, LocalDateTime now) {
        this.clock = clock;
        this.now = now;
    }

    void at(LocalDateTime moment, Runnable action) {
        steps.add(new Step(moment, seq++, action));
    }

    /** @return how many steps were replayed */
    int run() {
        int replayed = 0;
        while (!steps.isEmpty() && steps.peek().at().isBefore(now)) {
            Step step = steps.poll();
            clock.at(step.at(), step.action());
            replayed++;
        }
        return replayed;
    }
}
