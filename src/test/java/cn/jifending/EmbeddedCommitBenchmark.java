package cn.jifending;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What {@code WRITE_DELAY=0} costs on the embedded H2 (not a timed test; excluded from
 * {@code verify} by its name). Single-row commits of a 1 KB payload on a file database in MySQL
 * mode, with H2's default write delay and with 0, on 1 and on 8 threads; prints commits/s.
 *
 * <pre>./mvnw -B -o -Pbenchmark test -Dtest=EmbeddedCommitBenchmark -Dbench.commits=5000</pre>
 */
class EmbeddedCommitBenchmark {

    private static final int COMMITS = Integer.getInteger("bench.commits", 5000);

    @Test
    void commitsPerSecond() throws Exception {
        for (String delay : List.of("", ";WRITE_DELAY=0")) {
            for (int threads : new int[] {1, 8}) {
                Path dir = Files.createTempDirectory("jifen-h2-bench-");
                String url = "jdbc:h2:file:" + dir + "/bench;MODE=MySQL;DATABASE_TO_LOWER=TRUE" + delay;
                try (Connection c = DriverManager.getConnection(url, "sa", "");
                     Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE event (id BIGINT AUTO_INCREMENT PRIMARY KEY, payload VARCHAR(2000))");
                    run(url, threads, COMMITS / 10); // warm-up
                    long start = System.nanoTime();
                    run(url, threads, COMMITS);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("H2 %-16s threads=%d  %,d commits in %.2f s = %,.0f commits/s%n",
                            delay.isEmpty() ? "WRITE_DELAY=500" : "WRITE_DELAY=0", threads, COMMITS, seconds,
                            COMMITS / seconds);
                    s.execute("SHUTDOWN");
                }
            }
        }
    }

    private static void run(String url, int threads, int commits) throws Exception {
        AtomicInteger left = new AtomicInteger(commits);
        String payload = "x".repeat(1000);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, "sa", "");
                     PreparedStatement insert = c.prepareStatement("INSERT INTO event (payload) VALUES (?)")) {
                    while (left.getAndDecrement() > 0) {
                        insert.setString(1, payload);
                        insert.executeUpdate(); // auto-commit: one commit each
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }
}
