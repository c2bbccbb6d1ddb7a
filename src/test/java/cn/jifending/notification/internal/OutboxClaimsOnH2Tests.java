package cn.jifending.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.TestMappers;
import cn.jifending.notification.OutgoingMessage.Kind;
import cn.jifending.notification.internal.OutboxProperties.ClaimMode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded default (H2 2.x in MySQL mode, the outbox table of its migrations) claims batches
 * with SKIP LOCKED too: a second claimer gets the rows the first one holds no lock on.
 */
class OutboxClaimsOnH2Tests {

    private final DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
            "jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE", "sa", "");
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    private final OutboxMapper rows = TestMappers.on(dataSource).get(OutboxMapper.class);
    private final OutboxStore store = new OutboxStore(rows, JsonMapper.shared());
    private final OutboxClaims claims = new OutboxClaims(rows, store, transactions);
    private final LocalDateTime now = LocalDateTime.of(2026, 12, 1, 10, 0);

    OutboxClaimsOnH2Tests() {
        new ResourceDatabasePopulator(new FileSystemResource("sql/V10__outbox.sql"),
                new FileSystemResource("sql/V67__outbox_reply_webhook.sql")).execute(dataSource);
        IntStream.range(0, 10).forEach(i -> store.insert(new OutboxStore.NewRow(Kind.MARKDOWN, List.of("u" + i), null,
                "t", null, "title", "body " + i, null, null), now.minusMinutes(1)));
    }

    @Test
    void h2HasSkipLocked() {
        assertThat(claims.resolve(ClaimMode.AUTO)).isEqualTo(ClaimMode.SKIP_LOCKED);
    }

    @Test
    void aSecondClaimerTakesOnlyTheRowsNobodyHolds() throws Exception {
        List<Long> held = jdbc.sql("SELECT id FROM outbox_message ORDER BY id LIMIT 3").query(Long.class).list();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            // By primary key, so the lock covers exactly these rows whatever plan the optimizer picks.
            jdbc.sql("SELECT id FROM outbox_message WHERE id IN (:ids) FOR UPDATE").param("ids", held)
                    .query(Long.class).list();
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        other.start();
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            var mine = claims.claim(ClaimMode.SKIP_LOCKED, "b", now, now.plusMinutes(2), 100);
            assertThat(mine).hasSize(7).allSatisfy(c -> assertThat(c.attempts()).isEqualTo(1));
            assertThat(claims.claim(ClaimMode.SKIP_LOCKED, "c", now, now.plusMinutes(2), 100))
                    .as("what b holds under lease is not due").isEmpty();
        } finally {
            release.countDown();
            other.join();
        }
        assertThat(claims.claim(ClaimMode.SKIP_LOCKED, "c", now, now.plusMinutes(2), 100)).hasSize(3);
    }
}
