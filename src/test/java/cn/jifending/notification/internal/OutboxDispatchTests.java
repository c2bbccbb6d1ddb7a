package cn.jifending.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.Messenger;
import cn.jifending.notification.Outbox;
import cn.jifending.notification.OutgoingMessage;
import cn.jifending.notification.ReplyWebhook;
import cn.jifending.notification.internal.OutboxProperties.ClaimMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batched claims, grouping of identical texts, sender workers and reply webhooks, on the tests'
 * MariaDB. Each test runs its own dispatcher against a fake channel (not a database).
 */
class OutboxDispatchTests extends MariaDbTestBase {

    @Autowired Outbox outbox;
    @Autowired OutboxStore store;
    @Autowired OutboxClaims claims;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    private final MutableClock clock = new MutableClock(Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS));

    @BeforeEach
    void emptyOutbox() {
        jdbc.sql("DELETE FROM outbox_message").update();
        // set when the test starts, not when the instance is made: loading the context can take a minute
        clock.set(java.time.LocalDateTime.ofInstant(Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS),
                MutableClock.SHANGHAI));
    }

    @Test
    void mariaDbClaimsWithSkipLocked() {
        assertThat(claims.resolve(ClaimMode.AUTO)).isEqualTo(ClaimMode.SKIP_LOCKED);
        assertThat(claims.resolve(ClaimMode.CONDITIONAL_UPDATE)).isEqualTo(ClaimMode.CONDITIONAL_UPDATE);
    }

    @Test
    void aClaimerSkipsRowsAnotherClaimerHoldsLockedInsteadOfWaiting() throws Exception {
        enqueueDistinct(10);
        LocalDateTime now = now();
        List<Long> held = jdbc.sql("SELECT id FROM outbox_message ORDER BY id LIMIT 4").query(Long.class).list();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Another instance's claim transaction is still open on the first four rows.
        Thread other = new Thread(() -> tx.executeWithoutResult(s -> {
            // By primary key, so the lock covers exactly these rows whatever plan the optimizer picks.
            jdbc.sql("SELECT id FROM outbox_message WHERE id IN (:ids) FOR UPDATE").param("ids", held)
                    .query(Long.class).list();
            locked.countDown();
            await(release);
        }));
        other.start();
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            var mine = claims.claim(ClaimMode.SKIP_LOCKED, "instance-b", now, now.plusMinutes(2), 100);
            assertThat(mine).as("the six rows nobody holds, at once").hasSize(6);
        } finally {
            release.countDown();
            other.join();
        }
    }

    @Test
    void identicalOneToOneTextsClaimedTogetherGoOutAsOneSendOfAtMostTwentyUsers() {
        List<String> users = IntStream.rangeClosed(1, 45).mapToObj(i -> "member-" + i).toList();
        tx.executeWithoutResult(s -> {
            users.forEach(u -> outbox.message(List.of(u), "not-understood", Map.of("text", "本月请申报")));
            outbox.message(List.of("member-1"), "not-understood", Map.of("text", "另一条"));
            outbox.groupMessage("cid-group", "not-understood", Map.of("text", "本月请申报"));
        });
        var channel = new ConcurrentChannel();

        int tried = dispatcher(channel, 100).runOnce();

        assertThat(tried).isEqualTo(47);
        List<OutgoingMessage> texts = channel.sent.stream().filter(m -> m.body().contains("本月请申报")
                && m.groupId() == null).toList();
        assertThat(texts).extracting(m -> m.userIds().size()).containsExactly(20, 20, 5);
        assertThat(texts.stream().flatMap(m -> m.userIds().stream())).containsExactlyInAnyOrderElementsOf(users);
        assertThat(channel.sent).as("45 texts in 3 sends, the other text and the group message alone").hasSize(5);
        assertThat(statuses()).hasSize(47).containsOnly("SENT");
    }

    @Test
    void aUserOwedTheSameTextTwiceGetsItTwice() {
        tx.executeWithoutResult(s -> {
            outbox.message(List.of("member-1"), "not-understood", Map.of("text", "提醒"));
            outbox.message(List.of("member-1"), "not-understood", Map.of("text", "提醒"));
        });
        var channel = new ConcurrentChannel();

        dispatcher(channel, 100).runOnce();

        assertThat(channel.sent).hasSize(2).allSatisfy(m -> assertThat(m.userIds()).containsExactly("member-1"));
    }

    @Test
    void aFailedGroupedSendIsRetriedForEveryRowAndHonoursTheChannelsRetryAfter() {
        tx.executeWithoutResult(s -> IntStream.range(0, 3).forEach(i ->
                outbox.message(List.of("member-" + i), "not-understood", Map.of("text", "同一条"))));
        Messenger throttled = new Messenger() {
            @Override
            public void send(OutgoingMessage message) throws DeliveryException {
                throw new DeliveryException("403 Forbidden.AccessDenied.QpsLimitForApi", true, Duration.ofMinutes(5), null);
            }

            @Override
            public byte[] download(String downloadCode) {
                return new byte[0];
            }
        };

        dispatcher(throttled, 100).runOnce();

        var rows = jdbc.sql("SELECT status, attempts, next_attempt_at FROM outbox_message")
                .query((rs, n) -> List.of(rs.getString(1), rs.getInt(2), rs.getObject(3, LocalDateTime.class))).list();
        assertThat(rows).hasSize(3).allSatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("PENDING");
            assertThat(r.get(1)).isEqualTo(1);
            assertThat((LocalDateTime) r.get(2)).as("5 min asked, more than the 2 s backoff")
                    .isEqualTo(now().plusMinutes(5));
        });
    }

    @Test
    void aReplyCarriesItsWebhookAndIsNeverGrouped() {
        var webhook = new ReplyWebhook("https://oapi.dingtalk.com/robot/sendBySession?session=s1",
                Instant.parse("2030-01-01T00:00:00.123Z"));
        tx.executeWithoutResult(s -> {
            outbox.reply("member-1", null, webhook, "not-understood", Map.of("text", "收到"));
            outbox.reply("member-2", null, null, "not-understood", Map.of("text", "收到"));
            outbox.reply("member-3", "cid-group", webhook, "not-understood", Map.of("text", "收到"));
        });
        var channel = new ConcurrentChannel();

        dispatcher(channel, 100).runOnce();

        assertThat(channel.sent).hasSize(3);
        assertThat(channel.sent.get(0).replyWebhook()).isEqualTo(webhook);
        assertThat(channel.sent.get(0).userIds()).containsExactly("member-1");
        assertThat(channel.sent.get(1).replyWebhook()).isNull();
        assertThat(channel.sent.get(2).groupId()).isEqualTo("cid-group");
        assertThat(channel.sent.get(2).userIds()).isEmpty();
        assertThat(channel.sent.get(2).replyWebhook()).isEqualTo(webhook);
    }

    @Test
    void aSlowCallHoldsOnlyItsOwnWorker() throws Exception {
        tx.executeWithoutResult(s -> {
            outbox.message(List.of("slow-user"), "not-understood", Map.of("text", "慢"));
            IntStream.range(0, 30).forEach(i ->
                    outbox.message(List.of("member-" + i), "not-understood", Map.of("text", "第" + i + "条")));
        });
        CountDownLatch slowRelease = new CountDownLatch(1);
        var channel = new ConcurrentChannel() {
            @Override
            public void send(OutgoingMessage message) throws DeliveryException {
                if (message.userIds().contains("slow-user")) {
                    await(slowRelease);
                }
                super.send(message);
            }
        };
        var props = properties(100).withClaim(ClaimMode.AUTO);
        var loop = new OutboxDispatchLoop(new OutboxDispatcher(store, claims, channel, props, clock, () -> 0.0), props,
                new DispatchSignal());
        loop.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (channel.sent.size() < 30 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(channel.sent).as("every other message went out while the slow call hangs").hasSize(30);
            assertThat(channel.sent).noneMatch(m -> m.userIds().contains("slow-user"));
            slowRelease.countDown();
            while (channel.sent.size() < 31 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(channel.sent).hasSize(31);
        } finally {
            slowRelease.countDown();
            loop.stop();
        }
        assertThat(statuses()).hasSize(31).containsOnly("SENT");
    }

    private OutboxDispatcher dispatcher(Messenger channel, int batchSize) {
        return new OutboxDispatcher(store, claims, channel, properties(batchSize), clock, () -> 0.0);
    }

    private static OutboxProperties properties(int batchSize) {
        return new OutboxProperties(true, Duration.ofMillis(200), batchSize, 5, Duration.ofSeconds(2),
                Duration.ofMinutes(10), 0.5, Duration.ofMinutes(2), 4, 20, ClaimMode.AUTO);
    }

    private void enqueueDistinct(int n) {
        tx.executeWithoutResult(s -> IntStream.range(0, n).forEach(i ->
                outbox.message(List.of("member-" + i), "not-understood", Map.of("text", "第" + i + "条"))));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), JdbcOutbox.ZONE);
    }

    private List<String> statuses() {
        return jdbc.sql("SELECT status FROM outbox_message").query(String.class).list();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A thread-safe fake channel recording what it was asked to send, in order. */
    static class ConcurrentChannel implements Messenger {
        final List<OutgoingMessage> sent = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        @Override
        public void send(OutgoingMessage message) throws DeliveryException {
            sent.add(message);
        }

        @Override
        public byte[] download(String downloadCode) {
            return new byte[0];
        }
    }
}
