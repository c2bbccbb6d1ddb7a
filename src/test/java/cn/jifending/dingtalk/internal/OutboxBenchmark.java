package cn.jifending.dingtalk.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import cn.jifending.MariaDbTestBase;
import cn.jifending.notification.Outbox;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12's outbox figures in one run (a load driver, not a timed test; excluded from {@code verify}
 * by its name). The whole app in HTTP mode on MariaDB with the outbox dispatching; DingTalk is a
 * WireMock fake that answers 403 {@code Forbidden.AccessDenied.QpsLimitForApi} above
 * {@code bench.qps} (20) calls per second per OpenAPI path. Prints:
 * <ol>
 *   <li>inbound msg/s and p50/p99 of signed {@code 帮助} callbacks (closed loop, {@code bench.threads});</li>
 *   <li>inbound → reply-delivered latency p50/p99 at 100 and 300 msg/s (open loop), the reply
 *       arriving at the message's sessionWebhook on the fake;</li>
 *   <li>the drain rate of {@code bench.drain} identical one-to-one texts, as users/s over
 *       qps × 20 users a call;</li>
 *   <li>the monthly reminder fan-out to {@code bench.members} (10,000) members, written as
 *       {@code MonthlyReminder} writes it (rows of 20 users): time and API calls.</li>
 * </ol>
 *
 * <pre>./mvnw -B -Pbenchmark test -Dtest=OutboxBenchmark [-Dbench.seconds=10 -Dbench.qps=20 -Dbench.members=10000]</pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jifen.dingtalk.mode=http",
        "jifen.dingtalk.app-key=bench-app-key",
        "jifen.dingtalk.app-secret=" + OutboxBenchmark.SECRET,
        "jifen.dingtalk.robot-code=dingbenchrobot",
        "jifen.dingtalk.card-callback-token=bench-card-token",
        "jifen.dingtalk.card-template-id=" + FakeDingTalk.GENERAL_TEMPLATE,
        "jifen.dingtalk.callback-base-url=http://127.0.0.1",
        "jifen.outbox.dispatch-enabled=true",
        "jifen.demo.seed=true",
        "logging.level.root=WARN"})
class OutboxBenchmark extends MariaDbTestBase {

    static final String SECRET = "bench-app-secret-0123456789";
    static final String SESSION = "/robot/sendBySession";
    static final String BATCH_SEND = "/v1.0/robot/oToMessages/batchSend";
    static final int QPS = Integer.getInteger("bench.qps", 20);
    static final QpsLimit LIMIT = new QpsLimit(QPS);
    static final WireMockServer DINGTALK = new WireMockServer(options().dynamicPort().containerThreads(64)
            .extensions(LIMIT));

    static {
        DINGTALK.start();
        DINGTALK.stubFor(post(urlPathEqualTo("/v1.0/oauth2/accessToken"))
                .willReturn(FakeDingTalk.json("{\"accessToken\":\"bench-token\",\"expireIn\":7200}")));
        DINGTALK.stubFor(post(urlPathEqualTo(BATCH_SEND)).willReturn(FakeDingTalk.json("{\"processQueryKey\":\"b\"}")));
        DINGTALK.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send"))
                .willReturn(FakeDingTalk.json("{\"processQueryKey\":\"b\"}")));
        DINGTALK.stubFor(post(urlPathEqualTo(SESSION)).willReturn(FakeDingTalk.json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
    }

    @DynamicPropertySource
    static void fakeDingTalk(DynamicPropertyRegistry registry) {
        registry.add("jifen.dingtalk.api-endpoint", OutboxBenchmark::baseUrl);
        registry.add("jifen.dingtalk.oapi-endpoint", OutboxBenchmark::baseUrl);
    }

    static String baseUrl() {
        return "http://127.0.0.1:" + DINGTALK.port();
    }

    @AfterAll
    static void stopFake() {
        DINGTALK.stop();
    }

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(8)).build();

    @Test
    void outboxFigures() throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + "/dingtalk/robot");
        int seconds = Integer.getInteger("bench.seconds", 10);
        closedLoop(uri, 8, 3, "warm-up");
        awaitDrained(Duration.ofMinutes(2));
        closedLoop(uri, Integer.getInteger("bench.threads", 16), seconds, "inbound");
        awaitDrained(Duration.ofMinutes(5));
        for (int rate : new int[] {100, 300}) {
            openLoop(uri, rate, seconds);
        }
        drain(Integer.getInteger("bench.drain", 4_000));
        fanOut(Integer.getInteger("bench.members", 10_000));
    }

    /** {@code threads} clients posting as fast as answered; inbound HTTP latency. */
    private void closedLoop(URI uri, int threads, int seconds, String phase) throws Exception {
        Histogram all = new Histogram(60_000_000_000L, 3);
        AtomicLong n = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Histogram>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                Histogram h = new Histogram(60_000_000_000L, 3);
                while (System.nanoTime() < deadline) {
                    long i = n.incrementAndGet();
                    long s = System.nanoTime();
                    http.send(request(uri, phase + "-" + i, InboundLoadBenchmark.USERS[(int) (i % 10)]),
                            HttpResponse.BodyHandlers.discarding());
                    h.recordValue(System.nanoTime() - s);
                }
                return h;
            }));
        }
        for (Future<Histogram> f : results) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("bench: %s: %d threads, %,d messages in %.1f s = %.0f msg/s; inbound latency ms p50 %.1f "
                        + "p99 %.1f%n", phase, threads, all.getTotalCount(), elapsed, all.getTotalCount() / elapsed,
                all.getValueAtPercentile(50) / 1e6, all.getValueAtPercentile(99) / 1e6);
    }

    /** Posts at a fixed {@code rate}; latency from posting to the reply reaching the session webhook. */
    private void openLoop(URI uri, int rate, int seconds) throws Exception {
        DINGTALK.resetRequests();
        Map<String, Long> postedAt = new ConcurrentHashMap<>();
        Map<String, Long> ackedAt = new ConcurrentHashMap<>();
        AtomicLong n = new AtomicLong();
        AtomicLong notOk = new AtomicLong();
        String phase = "rate" + rate;
        List<CompletableFuture<?>> pending = java.util.Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long total = (long) rate * seconds;
        ticker.scheduleAtFixedRate(() -> {
            long i = n.incrementAndGet();
            if (i > total) {
                return;
            }
            String msgId = phase + "-" + i;
            postedAt.put(msgId, System.currentTimeMillis());
            pending.add(http.sendAsync(request(uri, msgId, InboundLoadBenchmark.USERS[(int) (i % 10)]),
                    HttpResponse.BodyHandlers.discarding()).thenAccept(r -> {
                        ackedAt.put(msgId, System.currentTimeMillis());
                        if (r.statusCode() != 200) {
                            notOk.incrementAndGet();
                        }
                    }));
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        while (n.get() < total) {
            Thread.sleep(50);
        }
        ticker.shutdown();
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        awaitDrained(Duration.ofMinutes(5));
        Histogram latency = new Histogram(600_000L, 3);
        Histogram afterAck = new Histogram(600_000L, 3);
        for (LoggedRequest r : DINGTALK.findAll(anyRequestedFor(urlPathEqualTo(SESSION)))) {
            String msgId = r.queryParameter("session").firstValue();
            Long posted = postedAt.get(msgId);
            Long acked = ackedAt.get(msgId);
            if (posted != null) {
                latency.recordValue(Math.max(0, r.getLoggedDate().getTime() - posted));
            }
            if (acked != null) {
                afterAck.recordValue(Math.max(0, r.getLoggedDate().getTime() - acked));
            }
        }
        System.out.printf("bench: inbound -> reply delivered at %d msg/s for %d s: %,d posted (%d not 200), %,d replies "
                        + "through the session webhook; latency ms p50 %d p99 %d max %d%n", rate, seconds, total,
                notOk.get(), latency.getTotalCount(), latency.getValueAtPercentile(50),
                latency.getValueAtPercentile(99), latency.getMaxValue());
        System.out.printf("bench:   of which from the 200 (ack) to the reply delivered, ms p50 %d p99 %d max %d "
                        + "(the rest is the inbound side under load)%n", afterAck.getValueAtPercentile(50),
                afterAck.getValueAtPercentile(99), afterAck.getMaxValue());
        System.out.println("bench: outbox rows so far: " + statusCounts());
    }

    /** {@code users} identical one-to-one texts, one user a row, against the limited batchSend. */
    private void drain(int users) throws Exception {
        Duration took = paused(() -> {
            for (int from = 0; from < users; from += 500) {
                int first = from;
                tx.executeWithoutResult(s -> {
                    for (int i = first; i < Math.min(users, first + 500); i++) {
                        outbox.message(List.of("drain-user-" + i), "not-understood", Map.of("text", "本月请申报"));
                    }
                });
            }
        });
        long calls = DINGTALK.findAll(anyRequestedFor(urlPathEqualTo(BATCH_SEND))).size();
        long sent = sentRows();
        double usersPerSecond = sent / (took.toMillis() / 1000.0);
        System.out.printf("bench: drain of %,d identical texts: %.1f s, %d batchSend calls (%d refused 403 QpsLimit), "
                        + "%,d users reached = %.0f users/s = %.0f %% of the allowance %d calls/s x 20 users%n", users,
                took.toMillis() / 1000.0, calls, LIMIT.refused(BATCH_SEND), sent, usersPerSecond,
                100 * usersPerSecond / (QPS * 20.0), QPS);
    }

    /** The monthly reminder's outbox rows for {@code members}: 20 users a row, one template. */
    private void fanOut(int members) throws Exception {
        Duration took = paused(() -> tx.executeWithoutResult(s -> {
            for (int from = 0; from < members; from += 20) {
                List<String> users = new ArrayList<>();
                for (int i = from; i < Math.min(members, from + 20); i++) {
                    users.add("member-" + i);
                }
                outbox.message(users, "declaration-monthly-reminder", Map.of("month", "2026年12月"));
            }
        }));
        long calls = DINGTALK.findAll(anyRequestedFor(urlPathEqualTo(BATCH_SEND))).size();
        System.out.printf("bench: monthly reminder fan-out to %,d members: %.1f s, %d batchSend calls (%d refused 403 "
                        + "QpsLimit; ideal %d calls = %.1f s at %d calls/s), %,d members reached%n", members,
                took.toMillis() / 1000.0, calls, LIMIT.refused(BATCH_SEND), (members + 19) / 20,
                (members + 19) / 20 / (double) QPS, QPS, Math.min(members, sentRows() * 20));
    }

    /** Writes rows with the dispatcher stopped, restarts it and times until every row is sent. */
    private Duration paused(Runnable write) throws Exception {
        SmartLifecycle loop = (SmartLifecycle) context.getBean("outboxDispatchLoop");
        loop.stop();
        awaitDrained(Duration.ofMinutes(1));
        jdbc.sql("DELETE FROM outbox_message WHERE status IN ('SENT', 'DEAD')").update();
        write.run();
        DINGTALK.resetRequests();
        LIMIT.reset();
        long start = System.nanoTime();
        loop.start();
        awaitDrained(Duration.ofMinutes(15));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("bench: outbox rows after the phase: " + statusCounts());
        return took;
    }

    private long sentRows() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT'").query(Long.class).single();
    }

    private String statusCounts() {
        return jdbc.sql("SELECT status, COUNT(*) FROM outbox_message GROUP BY status ORDER BY status")
                .query((rs, i) -> rs.getString(1) + "=" + rs.getLong(2)).list().toString();
    }

    private void awaitDrained(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            long left = jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE status IN ('PENDING', 'SENDING')")
                    .query(Long.class).single();
            if (left == 0) {
                return;
            }
            Thread.sleep(20);
        }
        System.out.println("bench: WARNING the outbox did not drain within " + max);
    }

    private static HttpRequest request(URI uri, String msgId, String user) {
        long ts = System.currentTimeMillis();
        String body = "{\"conversationId\":\"cidBench\",\"chatbotCorpId\":\"dingbench\",\"chatbotUserId\":\"$:bench\","
                + "\"msgId\":\"" + msgId + "\",\"senderNick\":\"压测\",\"isAdmin\":false,\"senderStaffId\":\"" + user
                + "\",\"createAt\":" + ts + ",\"senderCorpId\":\"dingbench\",\"conversationType\":\"1\","
                + "\"senderId\":\"$:sender\",\"robotCode\":\"dingbenchrobot\",\"sessionWebhookExpiredTime\":"
                + (ts + 5_400_000L) + ",\"sessionWebhook\":\"" + baseUrl() + SESSION + "?session=" + msgId + "\","
                + "\"msgtype\":\"text\",\"text\":{\"content\":\"帮助\"}}";
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("timestamp", Long.toString(ts))
                .header("sign", RobotRequestSigner.sign(SECRET, ts))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /**
     * DingTalk's per-API rate limit: above {@code qps} calls in one second to one OpenAPI path
     * ({@code /v1.0/...}), 403 with DingTalk's error body. The session webhook is not an OpenAPI.
     */
    static final class QpsLimit implements ResponseDefinitionTransformerV2 {
        private final int qps;
        private final Map<String, long[]> windows = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> refused = new ConcurrentHashMap<>();

        QpsLimit(int qps) {
            this.qps = qps;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String path = URI.create(event.getRequest().getUrl()).getPath();
            if (!path.startsWith("/v1.0/") || path.equals("/v1.0/oauth2/accessToken")) {
                return event.getResponseDefinition();
            }
            long second = System.currentTimeMillis() / 1000;
            long[] window = windows.computeIfAbsent(path, p -> new long[2]);
            boolean over;
            synchronized (window) {
                if (window[0] != second) {
                    window[0] = second;
                    window[1] = 0;
                }
                over = ++window[1] > qps;
            }
            if (!over) {
                return event.getResponseDefinition();
            }
            refused.computeIfAbsent(path, p -> new AtomicLong()).incrementAndGet();
            return aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                    .withBody("{\"code\":\"Forbidden.AccessDenied.QpsLimitForApi\",\"requestid\":\"bench\","
                            + "\"message\":\"The request has failed due to QPS limit for API.\"}")
                    .build();
        }

        long refused(String path) {
            AtomicLong n = refused.get(path);
            return n == null ? 0 : n.get();
        }

        void reset() {
            refused.clear();
        }

        @Override
        public boolean applyGlobally() {
            return true;
        }

        @Override
        public String getName() {
            return "qps-limit";
        }
    }
}
