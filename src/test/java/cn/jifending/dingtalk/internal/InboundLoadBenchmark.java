package cn.jifending.dingtalk.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import cn.jifending.MariaDbTestBase;
import cn.jifending.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Inbound load driver (issue 4; not a timed test, excluded from {@code verify} by its name). The whole
 * app in HTTP mode on MariaDB, DingTalk faked by WireMock (token + batchSend), outbox dispatch on.
 * {@code bench.threads} client threads post signed {@code 帮助} messages from the demo users over
 * loopback for {@code bench.seconds} or {@code bench.messages}, whichever ends first, after a warm-up;
 * prints messages/s, p50/p95/p99/max, and the same database's raw durable single-row insert rate.
 *
 * <pre>./mvnw -B -Pbenchmark test -Dtest=InboundLoadBenchmark -Dbench.threads=16 -Dbench.seconds=30</pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jifen.dingtalk.mode=http",
        "jifen.dingtalk.app-key=bench-app-key",
        "jifen.dingtalk.app-secret=" + InboundLoadBenchmark.SECRET,
        "jifen.dingtalk.robot-code=dingbenchrobot",
        "jifen.dingtalk.card-callback-token=bench-card-token",
        "jifen.dingtalk.card-template-id=" + FakeDingTalk.GENERAL_TEMPLATE,
        "jifen.dingtalk.callback-base-url=http://127.0.0.1",
        "jifen.outbox.dispatch-enabled=${bench.dispatch:true}",
        "jifen.demo.seed=true",
        "logging.level.root=WARN"})
class InboundLoadBenchmark extends MariaDbTestBase {

    static final String SECRET = "bench-app-secret-0123456789";
    static final String[] USERS = {"demo-secretary", "demo-recorder", "demo-committee", "demo-leader",
            "demo-member-1", "demo-member-2", "demo-probationary", "demo-secretary-2", "demo-member-3", "demo-admin"};
    static final FakeDingTalk DINGTALK = new FakeDingTalk();

    static {
        DINGTALK.server.stubFor(post(urlPathEqualTo("/v1.0/robot/oToMessages/batchSend"))
                .willReturn(FakeDingTalk.json("{\"processQueryKey\":\"bench\"}")));
        DINGTALK.server.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send"))
                .willReturn(FakeDingTalk.json("{\"processQueryKey\":\"bench\"}")));
    }

    @DynamicPropertySource
    static void fakeDingTalk(DynamicPropertyRegistry registry) {
        registry.add("jifen.dingtalk.api-endpoint", DINGTALK::baseUrl);
        registry.add("jifen.dingtalk.oapi-endpoint", DINGTALK::baseUrl);
    }

    @AfterAll
    static void stopFake() {
        DINGTALK.close();
    }

    @LocalServerPort
    int port;

    @Test
    void signedHelpMessagesUnderLoad() throws Exception {
        int threads = Integer.getInteger("bench.threads", 16);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int limit = Integer.getInteger("bench.messages", 20_000);
        URI uri = URI.create("http://127.0.0.1:" + port + "/dingtalk/robot");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2)).build();

        run(http, uri, threads, 3, 1_000, "warm-up");
        Histogram latency = run(http, uri, threads, seconds, limit, "measured");

        double insertsPerSecond;
        try (Connection c = DriverManager.getConnection(TestDatabase.get().url(), TestDatabase.get().user(),
                TestDatabase.get().password())) {
            insertsPerSecond = rawInsertRate(c, 5);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM outbox_message GROUP BY status")) {
                StringBuilder counts = new StringBuilder();
                while (rs.next()) {
                    counts.append(rs.getString(1)).append('=').append(rs.getLong(2)).append(' ');
                }
                System.out.println("bench: outbox after the run: " + counts.toString().strip());
            }
        }
        double rate = latency.getTotalCount() / (measuredNanos / 1e9);
        System.out.printf("bench: raw durable single-row insert rate (autocommit, 1 connection, same server): %.0f/s%n",
                insertsPerSecond);
        System.out.printf("bench: inbound %.0f msg/s / raw insert %.0f/s = %.2f%n", rate, insertsPerSecond,
                rate / insertsPerSecond);
    }

    private long measuredNanos;

    private Histogram run(HttpClient http, URI uri, int threads, int seconds, int limit, String phase) throws Exception {
        Histogram all = new Histogram(60_000_000_000L, 3);
        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Histogram>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                Histogram h = new Histogram(60_000_000_000L, 3);
                long n;
                while (System.nanoTime() < deadline && (n = sent.incrementAndGet()) <= limit) {
                    String user = USERS[(int) (n % USERS.length)];
                    long ts = System.currentTimeMillis();
                    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json").header("timestamp", Long.toString(ts))
                            .header("sign", RobotRequestSigner.sign(SECRET, ts))
                            .POST(HttpRequest.BodyPublishers.ofString(body(phase + "-" + thread + "-" + n, user)))
                            .build();
                    long s = System.nanoTime();
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    h.recordValue(System.nanoTime() - s);
                    if (response.statusCode() != 200) {
                        failed.incrementAndGet();
                    }
                }
                return h;
            }));
        }
        for (Future<Histogram> f : results) {
            all.add(f.get());
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        measuredNanos = elapsed;
        System.out.printf("bench: %s: %d threads, %,d messages (%d not 200) in %.2f s = %.0f msg/s; latency ms "
                        + "p50 %.2f p95 %.2f p99 %.2f max %.2f%n", phase, threads, all.getTotalCount(), failed.get(),
                elapsed / 1e9, all.getTotalCount() / (elapsed / 1e9), ms(all, 50), ms(all, 95), ms(all, 99),
                all.getMaxValue() / 1e6);
        return all;
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1e6;
    }

    private static String body(String msgId, String user) {
        return "{\"conversationId\":\"cidBench\",\"chatbotCorpId\":\"dingbench\",\"chatbotUserId\":\"$:bench\","
                + "\"msgId\":\"" + msgId + "\",\"senderNick\":\"压测\",\"isAdmin\":false,\"senderStaffId\":\"" + user
                + "\",\"createAt\":" + System.currentTimeMillis() + ",\"senderCorpId\":\"dingbench\","
                + "\"conversationType\":\"1\",\"senderId\":\"$:sender\",\"robotCode\":\"dingbenchrobot\","
                + "\"msgtype\":\"text\",\"text\":{\"content\":\"帮助\"}}";
    }

    /** Autocommit single-row INSERTs on one connection for {@code seconds}: the server's durable commit rate. */
    private static double rawInsertRate(Connection c, int seconds) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_insert (id BIGINT NOT NULL AUTO_INCREMENT, msg_id VARCHAR(128) NOT NULL, "
                    + "payload VARCHAR(1000) NOT NULL, created_at DATETIME(3) NOT NULL, PRIMARY KEY (id), "
                    + "CONSTRAINT uq_bench_insert UNIQUE (msg_id))");
            ResultSet rs = s.executeQuery("SELECT @@innodb_flush_log_at_trx_commit, @@sync_binlog, @@log_bin");
            rs.next();
            System.out.printf("bench: innodb_flush_log_at_trx_commit=%s sync_binlog=%s log_bin=%s%n",
                    rs.getString(1), rs.getString(2), rs.getString(3));
        }
        c.setAutoCommit(true);
        long n = 0;
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO bench_insert (msg_id, payload, created_at) VALUES (?, ?, NOW(3))")) {
            while (System.nanoTime() < deadline) {
                p.setString(1, "raw-" + n);
                p.setString(2, "帮助 from demo-member-1, a payload of about the size of an inbound event row");
                p.executeUpdate();
                n++;
            }
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }
}
