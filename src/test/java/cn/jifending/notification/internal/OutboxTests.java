package cn.jifending.notification.internal;

import cn.jifending.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.MariaDbTestBase;
import cn.jifending.notification.Outbox;
import cn.jifending.notification.OutboxMonitor;
import cn.jifending.notification.OutgoingMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox on a real database. The shared test context never dispatches in the background
 * ({@code jifen.outbox.dispatch-enabled=false}); each test runs its own dispatcher against a fake
 * channel and a hand-moved clock.
 */
class OutboxTests extends MariaDbTestBase {

    private static final Duration INITIAL = Duration.ofSeconds(10);

    @Autowired Outbox outbox;
    @Autowired OutboxMonitor monitor;
    @Autowired OutboxStore store;
    @Autowired OutboxClaims claims;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    // A minute ahead of the system clock that stamped the rows, so they are due; whole millis like DATETIME(3).
    private final MutableClock clock = new MutableClock(Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS));
    private final RecordingMessenger channel = new RecordingMessenger();

    @BeforeEach
    void emptyOutbox() {
        jdbc.sql("DELETE FROM outbox_message").update();
        // set when the test starts, not when the instance is made: loading the context can take a minute
        clock.set(java.time.LocalDateTime.ofInstant(Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS),
                MutableClock.SHANGHAI));
    }

    @Test
    void aMessageExistsIfAndOnlyIfTheBusinessTransactionCommits() {
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            outbox.message(List.of("demo-member-1"), "not-understood", Map.of("text", "rolled back"));
            throw new IllegalStateException("the business change failed");
        })).hasMessage("the business change failed");
        assertThat(count()).isZero();

        tx.executeWithoutResult(s -> outbox.message(List.of("demo-member-1"), "not-understood", Map.of("text", "kept")));
        assertThat(count()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT body FROM outbox_message").query(String.class).single()).contains("kept");
    }

    @Test
    void writingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.message(List.of("demo-member-1"), "not-understood", Map.of("text", "x")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(count()).isZero();
    }

    @Test
    void aTemplateErrorFailsTheCallersTransaction() {
        assertThatThrownBy(() -> tx.executeWithoutResult(s ->
                outbox.message(List.of("demo-member-1"), "not-understood", Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(count()).isZero();
    }

    @Test
    void theDispatcherSendsAndMarksSent() {
        tx.executeWithoutResult(s -> {
            outbox.message(List.of("demo-member-1", "demo-member-2"), "not-understood", Map.of("text", "你好"));
            outbox.card(List.of("demo-secretary"), "notice", "track-1", Map.of("title", "通知", "content", "内容"));
        });

        assertThat(dispatcher(3).runOnce()).isEqualTo(2);

        assertThat(channel.delivered).extracting(OutgoingMessage::kind)
                .containsExactly(OutgoingMessage.Kind.MARKDOWN, OutgoingMessage.Kind.CARD);
        OutgoingMessage text = channel.delivered.get(0);
        assertThat(text.userIds()).containsExactly("demo-member-1", "demo-member-2");
        assertThat(text.body()).contains("你好");
        assertThat(text.title()).isNotBlank();
        OutgoingMessage card = channel.delivered.get(1);
        assertThat(card.cardKind()).isEqualTo("notice");
        assertThat(card.outTrackId()).isEqualTo("track-1");
        assertThat(card.title()).isEqualTo("通知");
        assertThat(card.cardParams()).containsEntry("content", "内容");
        assertThat(statuses()).containsOnly("SENT");
        assertThat(dispatcher(3).runOnce()).as("nothing left to send").isZero();
    }

    @Test
    void retryableFailuresAreRetriedWithExponentialBackoffThenSent() {
        channel.failing(2, true);
        long id = enqueueOne();
        OutboxDispatcher dispatcher = dispatcher(5);

        dispatcher.runOnce();
        assertThat(row(id)).extracting(Row::status, Row::attempts).containsExactly("PENDING", 1);
        assertThat(row(id).nextAttemptAt()).isEqualTo(now().plus(INITIAL));
        assertThat(row(id).lastError()).contains("503");

        dispatcher.runOnce();
        assertThat(channel.calls).as("not due before the backoff has passed").isEqualTo(1);

        clock.advance(INITIAL);
        dispatcher.runOnce();
        assertThat(row(id)).extracting(Row::status, Row::attempts).containsExactly("PENDING", 2);
        assertThat(row(id).nextAttemptAt()).as("the delay doubles").isEqualTo(now().plus(INITIAL.multipliedBy(2)));

        clock.advance(INITIAL.multipliedBy(2));
        dispatcher.runOnce();
        assertThat(row(id).status()).isEqualTo("SENT");
        assertThat(channel.delivered).hasSize(1);
        assertThat(channel.calls).isEqualTo(3);
    }

    @Test
    void aMessageIsDeadAfterTheRetryLimitAndVisibleToAdmins() {
        channel.failing(Integer.MAX_VALUE, true);
        long id = enqueueOne();
        OutboxDispatcher dispatcher = dispatcher(3);

        for (int i = 0; i < 10; i++) {
            dispatcher.runOnce();
            clock.advance(Duration.ofHours(1));
        }

        assertThat(channel.calls).isEqualTo(3);
        assertThat(row(id)).extracting(Row::status, Row::attempts).containsExactly("DEAD", 3);
        assertThat(monitor.deadMessages(10)).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.recipients()).containsExactly("demo-member-1");
            assertThat(e.template()).isEqualTo("not-understood");
            assertThat(e.lastError()).contains("503");
        });
        assertThat(monitor.undeliveredCount()).isZero();
    }

    @Test
    void aNonRetryableFailureIsDeadAtOnce() {
        channel.failing(1, false);
        long id = enqueueOne();

        dispatcher(5).runOnce();

        assertThat(row(id)).extracting(Row::status, Row::attempts).containsExactly("DEAD", 1);
        assertThat(row(id).lastError()).contains("400");
        assertThat(channel.calls).isEqualTo(1);
    }

    @Test
    void aRequeuedDeadMessageIsTriedAgain() {
        channel.failing(1, false);
        long id = enqueueOne();
        OutboxDispatcher dispatcher = dispatcher(5);
        dispatcher.runOnce();

        assertThat(monitor.requeue(id)).isTrue();
        assertThat(monitor.requeue(id)).as("only dead messages can be requeued").isFalse();
        dispatcher.runOnce();

        assertThat(row(id).status()).isEqualTo("SENT");
    }

    @Test
    void aMessageWrittenBeforeACrashIsSentByAFreshlyStartedDispatcher() {
        // The running app recorded the message (this context never dispatches) and was killed.
        long id = enqueueOne();
        assertThat(row(id).status()).isEqualTo("PENDING");

        // After the restart a new dispatcher (new instance id, new channel) picks it up.
        dispatcher(5).runOnce();

        assertThat(row(id).status()).isEqualTo("SENT");
        assertThat(channel.delivered).extracting(OutgoingMessage::id).containsExactly(id);
    }

    @Test
    void twoInstancesNeverSendTheSameRowAndACrashedInstancesLeaseExpires() {
        long id = enqueueOne();
        LocalDateTime now = now();
        // Instance A claims the row and dies before finishing.
        assertThat(store.claim(id, "instance-a", now, now.plusMinutes(2))).isTrue();
        assertThat(store.claim(id, "instance-b", now, now.plusMinutes(2))).as("a claimed row cannot be claimed again").isFalse();

        OutboxDispatcher instanceB = dispatcher(5);
        instanceB.runOnce();
        assertThat(channel.calls).as("A's lease is still live").isZero();

        clock.advance(Duration.ofMinutes(3));
        instanceB.runOnce();
        assertThat(row(id)).extracting(Row::status, Row::attempts).containsExactly("SENT", 2);
        assertThat(channel.delivered).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = OutboxProperties.ClaimMode.class, names = {"SKIP_LOCKED", "CONDITIONAL_UPDATE"})
    void twoDispatchersRunningAtOnceDeliverEveryRowExactlyOnce(OutboxProperties.ClaimMode mode) throws Exception {
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 40; i++) {
                outbox.message(List.of("demo-member-1"), "not-understood", Map.of("text", "第" + i + "条"));
            }
        });
        var channelA = new RecordingMessenger();
        var channelB = new RecordingMessenger();
        var props = new OutboxProperties(false, Duration.ofSeconds(1), 5, 3, INITIAL, Duration.ofMinutes(10), 0.5,
                Duration.ofMinutes(2)).withClaim(mode);
        var a = new OutboxDispatcher(store, claims, channelA, props, clock, () -> 0.0);
        var b = new OutboxDispatcher(store, claims, channelB, props, clock, () -> 0.0);

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var fa = pool.submit(() -> drain(a));
            var fb = pool.submit(() -> drain(b));
            fa.get();
            fb.get();
        } finally {
            pool.shutdownNow();
        }

        var idsA = channelA.delivered.stream().map(OutgoingMessage::id).toList();
        var idsB = channelB.delivered.stream().map(OutgoingMessage::id).toList();
        // one dispatcher may legitimately claim every row, so idsB can be empty: compare, do not require both
        assertThat(idsA.stream().filter(idsB::contains).toList()).as("rows delivered by both dispatchers").isEmpty();
        assertThat(idsA.size() + idsB.size()).isEqualTo(40);
        assertThat(statuses()).hasSize(40).containsOnly("SENT");
    }

    private static void drain(OutboxDispatcher dispatcher) {
        while (dispatcher.runOnce() > 0) {
            Thread.onSpinWait();
        }
    }

    @Test
    void groupMessagesFilesAndCardUpdatesCarryWhatTheChannelNeeds() {
        tx.executeWithoutResult(s -> {
            outbox.groupMessage("cid-group", "not-understood", Map.of("text", "群消息"));
            outbox.updateCard("track-9", "notice-acknowledged",
                    Map.of("title", "通知", "content", "内容", "acknowledgedBy", "王书记"));
            outbox.file(List.of("demo-admin"), "考核表.xlsx", new byte[] {1, 2, 3});
        });

        dispatcher(3).runOnce();

        assertThat(channel.delivered).hasSize(3);
        assertThat(channel.delivered.get(0).groupId()).isEqualTo("cid-group");
        assertThat(channel.delivered.get(0).userIds()).isEmpty();
        assertThat(channel.delivered.get(1).kind()).isEqualTo(OutgoingMessage.Kind.CARD_UPDATE);
        assertThat(channel.delivered.get(1).body()).contains("王书记 已确认");
        assertThat(channel.delivered.get(2).fileBytes()).containsExactly(1, 2, 3);
        assertThat(channel.delivered.get(2).title()).isEqualTo("考核表.xlsx");
    }

    private OutboxDispatcher dispatcher(int maxAttempts) {
        var props = new OutboxProperties(false, Duration.ofSeconds(1), 20, maxAttempts, INITIAL,
                Duration.ofMinutes(10), 0.5, Duration.ofMinutes(2));
        return new OutboxDispatcher(store, claims, channel, props, clock, () -> 0.0);
    }

    private long enqueueOne() {
        tx.executeWithoutResult(s -> outbox.message(List.of("demo-member-1"), "not-understood", Map.of("text", "x")));
        return jdbc.sql("SELECT MAX(id) FROM outbox_message").query(Long.class).single();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), JdbcOutbox.ZONE);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message").query(Long.class).single();
    }

    private List<String> statuses() {
        return jdbc.sql("SELECT status FROM outbox_message").query(String.class).list();
    }

    record Row(String status, int attempts, LocalDateTime nextAttemptAt, String lastError) {
    }

    private Row row(long id) {
        return jdbc.sql("SELECT status, attempts, next_attempt_at, last_error FROM outbox_message WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getObject(3, LocalDateTime.class),
                        rs.getString(4)))
                .single();
    }
}
