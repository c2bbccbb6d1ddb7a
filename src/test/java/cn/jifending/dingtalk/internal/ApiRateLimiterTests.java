package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.dingtalk.DingTalkPacingProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ApiRateLimiterTests {

    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final ConcurrentLinkedQueue<Duration> waits = new ConcurrentLinkedQueue<>();

    private ApiRateLimiter limiter(DingTalkPacingProperties pacing) {
        return new ApiRateLimiter(pacing, nanos::get, waits::add); // the clock stands still: waits add up
    }

    @Test
    void spacesTheCallsOfOneApiEvenlyAtItsRate() throws Exception {
        ApiRateLimiter limiter = limiter(DingTalkPacingProperties.defaults());
        for (int i = 0; i < 5; i++) {
            limiter.acquire("robot oToMessages/batchSend");
        }
        // 20 calls in every 1.2 s: 60 ms apart
        assertThat(waits).containsExactly(Duration.ofMillis(60), Duration.ofMillis(120), Duration.ofMillis(180),
                Duration.ofMillis(240));
    }

    @Test
    void eachApiHasItsOwnLaneAndItsOwnRate() throws Exception {
        ApiRateLimiter limiter = limiter(new DingTalkPacingProperties(20, Map.of("oapi /topapi/v2/user/list", 5),
                Duration.ofSeconds(1), 3, Duration.ofHours(1)));
        limiter.acquire("robot oToMessages/batchSend");
        limiter.acquire("oapi /topapi/v2/user/list");
        limiter.acquire("oapi /topapi/v2/user/list");
        limiter.acquire("robot oToMessages/batchSend");
        assertThat(waits).containsExactly(Duration.ofMillis(240), Duration.ofMillis(60));
    }

    @Test
    void isSharedByAllThreads() throws Exception {
        ApiRateLimiter limiter = limiter(DingTalkPacingProperties.defaults());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < 25; i++) {
                        limiter.acquire("robot oToMessages/batchSend");
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        // 200 calls, 20 per 1.2 s: one slot each, the last 199 × 60 ms after the first
        assertThat(waits).hasSize(199).doesNotHaveDuplicates();
        assertThat(waits.stream().max(Duration::compareTo)).contains(Duration.ofMillis(199 * 60));
    }

    @Test
    void aPauseHoldsBackEveryCallerOfThatApi() throws Exception {
        ApiRateLimiter limiter = limiter(DingTalkPacingProperties.defaults());
        limiter.pause("robot oToMessages/batchSend", Duration.ofSeconds(1));
        limiter.acquire("robot oToMessages/batchSend");
        limiter.acquire("card createAndDeliver");
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void thePacingPropertiesRefuseValuesDingTalkWouldPunish() {
        assertThatThrownBy(() -> new DingTalkPacingProperties(20, Map.of(), Duration.ofMillis(500), 3, Duration.ofHours(1)))
                .hasMessageContaining("throttle-wait must be at least 1s");
        assertThatThrownBy(() -> new DingTalkPacingProperties(20, Map.of("x", 0), Duration.ofSeconds(1), 3,
                Duration.ofHours(1))).hasMessageContaining("per-api.x");
        assertThatThrownBy(() -> new DingTalkPacingProperties(20, Map.of(), Duration.ofSeconds(1), 3,
                Duration.ofSeconds(5))).hasMessageContaining("quota-retry-delay");
    }
}
