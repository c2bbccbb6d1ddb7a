package cn.jifending.scoring;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In-memory load driver (not a timed test; excluded from the normal build by its name). Generates a
 * synthetic year member by member and streams it through the calculator, printing throughput and heap.
 * Run: {@code ./mvnw -B -q test -Dtest=ScoringBenchmark -Dbench.members=100000 -Dsurefire.failIfNoSpecifiedTests=false}.
 * The database benchmark (15 M facts, GROUP BY ratio) is wired separately on top of {@link #member}.
 */
class ScoringBenchmark {

    static final int YEAR = 2026;
    static final String[] SESSIONS = {"collective_study", "collective_study", "other_study", "group_meeting",
            "party_day", "party_lecture"};

    /** One synthetic member's year: ~130 facts, deterministic per member number. */
    static MemberFacts member(int n) {
        Random r = new Random(n);
        List<Fact> facts = new ArrayList<>();
        int[] id = {0};
        java.util.function.Supplier<String> next = () -> n + "-" + id[0]++;
        int startMonth = r.nextInt(10) == 0 ? 1 + r.nextInt(12) : 1;
        facts.add(new Fact(next.get(), FactKind.MEMBERSHIP, null, LocalDate.of(YEAR, startMonth, 1), null,
                r.nextInt(10) == 0 ? "PROBATIONARY" : "FORMAL", null));
        for (int m = 1; m <= 12; m++) {
            LocalDate first = LocalDate.of(YEAR, m, 1);
            facts.add(Fact.of(next.get(), FactKind.XUEXI_MISSED_DAYS, "xuexi_login", first, "" + r.nextInt(6)));
            facts.add(Fact.of(next.get(), FactKind.DAILY_QUESTION_POINTS, "daily_question", first, "" + (8 + r.nextInt(12))));
            facts.add(Fact.of(next.get(), FactKind.DUES, "dues", first, r.nextInt(40) == 0 ? "LATE" : "ON_TIME"));
            for (String item : SESSIONS) {
                facts.add(Fact.of(next.get(), FactKind.ATTENDANCE, item, first.plusDays(r.nextInt(25)),
                        r.nextInt(8) == 0 ? "ABSENT" : r.nextInt(20) == 0 ? "EXCUSED" : "PRESENT"));
            }
            if (m % 3 == 0) {
                facts.add(Fact.of(next.get(), FactKind.ATTENDANCE, "branch_congress", first.plusDays(9),
                        r.nextInt(8) == 0 ? "ABSENT" : "PRESENT"));
            }
            if (r.nextInt(200) == 0) {
                facts.add(Fact.of(next.get(), FactKind.FINDING, "violation", first.plusDays(3), null));
            }
        }
        for (int i = 0; i < 4; i++) {
            facts.add(Fact.of(next.get(), FactKind.FEATURED, i == 3 ? "branch:writing" : "volunteer_service",
                    LocalDate.of(YEAR, 1 + r.nextInt(12), 5), "1"));
        }
        Fact wrong = facts.get(5);
        facts.add(Fact.reversal(next.get(), wrong));
        facts.add(Fact.of(next.get(), FactKind.REVIEW, "review", LocalDate.of(YEAR, 1, 1),
                new String[]{"EXCELLENT", "QUALIFIED", "QUALIFIED", "BASIC"}[r.nextInt(4)]));
        return new MemberFacts("m" + n, "成员" + n, "b" + (n % 50), facts);
    }

    /**
     * Members are generated in chunks of 1,000 outside the timed part, so the figures are the calculator's
     * alone; CPU time of the scoring thread is printed too, since wall time on a shared machine is noisy.
     */
    @Test
    void streamSyntheticYear() {
        int members = Integer.getInteger("bench.members", 500);
        int chunk = 1_000;
        ScoreCalculator calculator = ScoreCalculator.of(Scheme.builtIn2021());
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long maxHeap = heapBefore;
        long facts = 0;
        long count = 0;
        long wallNanos = 0;
        long cpuNanos = 0;
        for (int from = 0; from < members; from += chunk) {
            List<MemberFacts> batch = IntStream.range(from, Math.min(members, from + chunk))
                    .mapToObj(ScoringBenchmark::member).toList();
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            List<YearResult> results = calculator.years(batch.stream(), YEAR).toList();
            cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
            wallNanos += System.nanoTime() - wall;
            for (YearResult r : results) {
                assertThat(r.composite()).isBetween(java.math.BigDecimal.ZERO, new java.math.BigDecimal("100"));
            }
            count += results.size();
            facts += batch.stream().mapToLong(m -> m.facts().size()).sum();
            maxHeap = Math.max(maxHeap, rt.totalMemory() - rt.freeMemory());
        }
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        double seconds = wallNanos / 1e9;
        double cpuSeconds = cpuNanos / 1e9;
        System.out.printf("scoring benchmark: %d members, %d facts, scoring %.2f s wall (%.0f members/s), %.2f s CPU "
                        + "(%.0f members/s per core), heap in use before %d MB, after (GC) %d MB, max sampled %d MB%n",
                count, facts, seconds, count / seconds, cpuSeconds, count / cpuSeconds, heapBefore >> 20,
                heapAfter >> 20, maxHeap >> 20);
        assertThat(count).isEqualTo(members);
    }
}
