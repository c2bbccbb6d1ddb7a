package cn.jifending.annual.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.BothDatabases;
import cn.jifending.TestMappers;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two spot-check draws by the same admin at the same moment, on H2 in MySQL mode and on MariaDB:
 * the second commits while the first is still open. Each keeps the id of its own row (the
 * generated key), where reading back the admin's highest id would have given the first the
 * second's.
 */
class SpotCheckStoreTests {

    static Stream<Arguments> databases() {
        return BothDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoConcurrentDrawsGetDistinctIdsEachOfItsOwnRow(String name, DataSource ds) throws Exception {
        TestMappers mappers = TestMappers.on(ds);
        SpotCheckStore store = new SpotCheckStore(mappers.get(SpotCheckMapper.class),
                mappers.get(SpotCheckItemMapper.class), mappers.get(SpotCheckOutcomeMapper.class));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime at = LocalDateTime.of(2026, 12, 1, 10, 0);
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondCommitted = new CountDownLatch(1);

        ExecutorService twoAdmins = Executors.newFixedThreadPool(2);
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> tx.execute(s -> {
            long id = store.insertCheck(111, 5, admin, at);
            firstInserted.countDown();
            await(secondCommitted);
            return id;
        }), twoAdmins);
        CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> {
            await(firstInserted);
            Long id = tx.execute(s -> store.insertCheck(222, 3, admin, at));
            secondCommitted.countDown();
            return id;
        }, twoAdmins);

        long firstId = first.get();
        long secondId = second.get();
        twoAdmins.shutdown();
        assertThat(firstId).isNotEqualTo(secondId);
        SpotCheckMapper checks = mappers.get(SpotCheckMapper.class);
        assertThat(checks.selectById(firstId).getSeed()).isEqualTo(111);
        assertThat(checks.selectById(secondId).getSeed()).isEqualTo(222);
        long firstItem = store.insertItem(firstId, 1, 9001);
        long secondItem = store.insertItem(secondId, 1, 9002);
        assertThat(store.factOf(firstItem)).contains(9001L);
        assertThat(store.factOf(secondItem)).contains(9002L);
    }

    /** Waits for the other draw; a guard against a hang, not a measure of time. */
    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the other draw never reached its step");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
