package cn.jifending.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.MariaDbTestBase;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.InboundMessage;
import cn.jifending.bot.RetryLaterException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Handlers that fail. A handler that throws: its writes are undone, the sender is told, the event
 * stays recorded. A transient failure (a real InnoDB deadlock between two messages) is no handler
 * failure: the whole transaction runs again and both messages get their effect; one that does not
 * go away leaves nothing recorded and tells the channel to redeliver.
 */
class FailingHandlerTests extends MariaDbTestBase {

    /** Entries into the cross-locking handler, and the start line both messages meet at. */
    static final AtomicInteger crossLockRuns = new AtomicInteger();
    static volatile CountDownLatch bothHoldTheirFirstLock = new CountDownLatch(2);
    static final AtomicInteger deadlockRuns = new AtomicInteger();
    static volatile boolean stillDeadlocking = true;

    @TestConfiguration
    static class Handlers {
        @Bean
        CommandHandler explodingHandler() {
            return handler("爆炸", ctx -> {
                ctx.outbox().message(List.of("demo-secretary"), "not-understood", Map.of("text", "half-done"));
                throw new IllegalStateException("boom");
            });
        }

        /** {@code 交叉锁 A B}: locks member A's row, waits for the other message, then locks B's. */
        @Bean
        CommandHandler crossLockingHandler(JdbcClient jdbc) {
            return handler("交叉锁", ctx -> {
                crossLockRuns.incrementAndGet();
                String[] words = ctx.message().text().split(" ");
                lockMember(jdbc, words[1]);
                bothHoldTheirFirstLock.countDown();
                await(bothHoldTheirFirstLock);
                lockMember(jdbc, words[2]);
                ctx.reply("not-understood", Map.of("text", ctx.message().text()));
            });
        }

        /** {@code 总是死锁}: fails as a deadlock victim would, until the test says otherwise. */
        @Bean
        CommandHandler alwaysDeadlockedHandler() {
            return handler("总是死锁", ctx -> {
                deadlockRuns.incrementAndGet();
                ctx.reply("not-understood", Map.of("text", "written before the deadlock"));
                if (stillDeadlocking) {
                    throw new CannotAcquireLockException("Deadlock found when trying to get lock",
                            new SQLTransactionRollbackException(
                                    "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
                }
            });
        }

        private static void lockMember(JdbcClient jdbc, String userId) {
            jdbc.sql("SELECT id FROM org_member WHERE user_id = :u FOR UPDATE").param("u", userId)
                    .query(Long.class).single();
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static CommandHandler handler(String keyword, java.util.function.Consumer<ChatContext> body) {
            return new CommandHandler() {
                @Override
                public Set<String> keywords() {
                    return Set.of(keyword);
                }

                @Override
                public cn.jifending.bot.Access access() {
                    return cn.jifending.bot.Access.anyone();
                }

                @Override
                public void handle(ChatContext ctx) {
                    body.accept(ctx);
                }
            };
        }
    }

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;

    @Test
    void aFailingHandlerIsRolledBackAndTheSenderIsToldItFailed() {
        long before = maxOutboxId();
        var m = BotGatewayTests.text("demo-member-1", "爆炸 一下");

        assertThat(gateway.onMessage(m)).isTrue();

        assertThat(templatesSince(before)).containsExactly("handling-failed");
        assertThat(events(m)).isEqualTo(1);
        assertThat(gateway.onMessage(m)).as("a redelivery does not loop on the failure").isFalse();
    }

    @Test
    void aRealDeadlockBetweenTwoMessagesIsRetriedAndBothHaveTheirEffect() throws Exception {
        long before = maxOutboxId();
        crossLockRuns.set(0);
        bothHoldTheirFirstLock = new CountDownLatch(2);
        InboundMessage one = BotGatewayTests.text("demo-member-1", "交叉锁 demo-secretary demo-recorder");
        InboundMessage two = BotGatewayTests.text("demo-member-2", "交叉锁 demo-recorder demo-secretary");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = pool.submit(() -> gateway.onMessage(one));
            Future<Boolean> second = pool.submit(() -> gateway.onMessage(two));
            assertThat(first.get(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }

        assertThat(crossLockRuns.get()).as("InnoDB chose a victim, whose whole transaction ran again")
                .isGreaterThanOrEqualTo(3);
        assertThat(events(one)).isEqualTo(1);
        assertThat(events(two)).isEqualTo(1);
        assertThat(templatesSince(before)).containsExactlyInAnyOrder("not-understood", "not-understood");
    }

    @Test
    void aDeadlockThatOutlastsTheRetriesLeavesNothingRecordedAndAsksForRedelivery() {
        long before = maxOutboxId();
        deadlockRuns.set(0);
        stillDeadlocking = true;
        InboundMessage m = BotGatewayTests.text("demo-member-1", "总是死锁");

        assertThatThrownBy(() -> gateway.onMessage(m)).isInstanceOf(RetryLaterException.class)
                .hasRootCauseInstanceOf(SQLTransactionRollbackException.class);

        assertThat(deadlockRuns.get()).as("jifen.bot.inbound.max-attempts").isEqualTo(5);
        assertThat(events(m)).as("no event row: DingTalk is not acknowledged and redelivers").isZero();
        assertThat(templatesSince(before)).as("no reply, and above all no 处理失败").isEmpty();

        stillDeadlocking = false;
        assertThat(gateway.onMessage(m)).as("the redelivery, once the database recovered").isTrue();
        assertThat(events(m)).isEqualTo(1);
        assertThat(templatesSince(before)).containsExactly("not-understood");
        assertThat(gateway.onMessage(m)).isFalse();
    }

    private long maxOutboxId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    private List<String> templatesSince(long before) {
        return jdbc.sql("SELECT template FROM outbox_message WHERE id > :before ORDER BY id").param("before", before)
                .query(String.class).list();
    }

    private long events(InboundMessage m) {
        return jdbc.sql("SELECT COUNT(*) FROM inbound_event WHERE msg_id = :id").param("id", m.msgId())
                .query(Long.class).single();
    }
}
