package cn.jifending.dingtalk.internal;

import static cn.jifending.dingtalk.internal.FakeDingTalk.json;

import cn.jifending.MutableClock;
import cn.jifending.dingtalk.DingTalkPacingProperties;
import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.OutgoingMessage;
import cn.jifending.notification.OutgoingMessage.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Pacing driver (not a timed test, excluded from {@code verify} by its name): a monthly reminder to
 * {@code bench.users} members (batchSend, 20 users a call) from {@code bench.threads} sender threads
 * through the real SDK, against a fake DingTalk that answers 403 QpsLimitForAppkeyAndApi above
 * {@code bench.limit} calls/s. Once paced by the limiter at {@code bench.rate}/s, once unpaced.
 * {@code ./mvnw -B -Pbenchmark test -Dtest=MonthlyReminderPacingBenchmark}
 */
class MonthlyReminderPacingBenchmark {

    private static final String BATCH_SEND = "/v1.0/robot/oToMessages/batchSend";

    @Test
    void pacedAndUnpaced() throws Exception {
        int users = Integer.getInteger("bench.users", 2000);
        int threads = Integer.getInteger("bench.threads", 8);
        int limit = Integer.getInteger("bench.limit", 20);
        int rate = Integer.getInteger("bench.rate", 20);
        run("paced " + rate + "/s", users, threads, limit, rate);
        run("unpaced", users, threads, limit, 10_000);
    }

    private static void run(String label, int users, int threads, int limit, int rate) throws Exception {
        try (FakeDingTalk fake = new FakeDingTalk()) {
            fake.throttleAbove(BATCH_SEND, limit, json("{\"processQueryKey\":\"pqk\"}"));
            DingTalkProperties properties = fake.properties(Map.of(), Duration.ofSeconds(10));
            OpenApiSdk sdk = new OpenApiSdk(properties);
            AccessTokens tokens = new AccessTokens(sdk::issueToken, new MutableClock(Instant.EPOCH), Duration.ofMinutes(5));
            DingTalkPacingProperties pacing = new DingTalkPacingProperties(rate, Map.of(), Duration.ofSeconds(1), 3,
                    Duration.ofHours(1));
            SdkCalls calls = new SdkCalls(tokens, new ApiRateLimiter(pacing), pacing, SdkCalls.QuotaAlarm.NONE);
            DingTalkMessenger messenger = new DingTalkMessenger(sdk, calls, new PlainHttp(properties), null, null,
                    properties);
            int messages = (users + DingTalkMessenger.MAX_USERS_PER_BATCH - 1) / DingTalkMessenger.MAX_USERS_PER_BATCH;
            AtomicInteger failed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int m = 0; m < messages; m++) {
                List<String> batch = new ArrayList<>();
                for (int u = m * 20; u < Math.min(users, m * 20 + 20); u++) {
                    batch.add("user" + u);
                }
                long id = m;
                done.add(pool.submit(() -> {
                    try {
                        messenger.send(new OutgoingMessage(id, Kind.MARKDOWN, batch, null, "本月提醒", "请及时学习", null,
                                null, Map.of(), null));
                    } catch (DeliveryException e) {
                        failed.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            long refused = fake.server.getAllServeEvents().stream()
                    .filter(e -> e.getRequest().getUrl().startsWith(BATCH_SEND) && e.getResponse().getStatus() == 403)
                    .count();
            int requests = fake.requests(BATCH_SEND).size();
            List<Long> arrivals = fake.requests(BATCH_SEND).stream().map(r -> r.getLoggedDate().getTime()).sorted().toList();
            int busiestSecond = 0;
            for (int i = 0, j = 0; i < arrivals.size(); i++) {
                while (arrivals.get(i) - arrivals.get(j) >= 1000) {
                    j++;
                }
                busiestSecond = Math.max(busiestSecond, i - j + 1);
            }
            System.out.printf("[pacing] %-12s users=%d messages=%d threads=%d fake-limit=%d/s -> %.1f s, %.1f calls/s, "
                            + "requests=%d, refused(403)=%d, messages failed=%d, busiest second=%d arrivals%n", label, users,
                    messages, threads, limit, seconds, requests / seconds, requests, refused, failed.get(), busiestSecond);
        }
    }
}
