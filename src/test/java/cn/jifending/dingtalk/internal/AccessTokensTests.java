package cn.jifending.dingtalk.internal;

import cn.jifending.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.notification.DeliveryException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AccessTokensTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-06-11T00:00:00Z"));
    private final AtomicInteger issued = new AtomicInteger();

    private AccessTokens tokens(Duration lifetime) {
        return new AccessTokens(() -> new AccessTokens.Issued("t" + issued.incrementAndGet(), lifetime), clock,
                Duration.ofMinutes(5));
    }

    @Test
    void manyConcurrentReadersCauseOneRefresh() throws Exception {
        CountDownLatch inIssuer = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AccessTokens tokens = new AccessTokens(() -> {
            inIssuer.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new AccessTokens.Issued("t" + issued.incrementAndGet(), Duration.ofHours(2));
        }, clock, Duration.ofMinutes(5));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            results.add(pool.submit(tokens::get));
            inIssuer.await();
            for (int i = 0; i < 7; i++) {
                results.add(pool.submit(tokens::get));
            }
            release.countDown();
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo("t1");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(issued).hasValue(1);
    }

    @Test
    void refreshesWithinTheMarginBeforeExpiry() throws Exception {
        AccessTokens tokens = tokens(Duration.ofHours(2));
        assertThat(tokens.get()).isEqualTo("t1");
        clock.advance(Duration.ofMinutes(114));
        assertThat(tokens.get()).isEqualTo("t1");
        clock.advance(Duration.ofMinutes(1));
        assertThat(tokens.get()).isEqualTo("t2");
    }

    @Test
    void invalidateDropsOnlyTheRefusedToken() throws Exception {
        AccessTokens tokens = tokens(Duration.ofHours(2));
        tokens.get();
        tokens.invalidate("someone-elses");
        assertThat(tokens.get()).isEqualTo("t1");
        tokens.invalidate("t1");
        assertThat(tokens.get()).isEqualTo("t2");
    }

    @Test
    void failedRefreshCachesNothing() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        AccessTokens tokens = new AccessTokens(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new DeliveryException("busy", true);
            }
            return new AccessTokens.Issued("ok", Duration.ofHours(2));
        }, clock, Duration.ofMinutes(5));

        assertThatThrownBy(tokens::get).isInstanceOf(DeliveryException.class);
        assertThat(tokens.get()).isEqualTo("ok");
    }
}
