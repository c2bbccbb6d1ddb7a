package cn.jifending.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionSystemException;

class TransientFailuresTests {

    @Test
    void deadlocksLockTimeoutsAndSerializationFailuresAreTransient() {
        assertThat(TransientFailures.isTransient(new CannotAcquireLockException("deadlock"))).isTrue();
        assertThat(TransientFailures.isTransient(sql("Deadlock found when trying to get lock", "40001", 1213))).isTrue();
        assertThat(TransientFailures.isTransient(sql("Lock wait timeout exceeded", "HY000", 1205))).isTrue();
        assertThat(TransientFailures.isTransient(sql("Deadlock detected", "40001", 40001))).as("H2").isTrue();
        assertThat(TransientFailures.isTransient(sql("Timeout trying to lock table", "HYT00", 50200))).as("H2").isTrue();
        assertThat(TransientFailures.isTransient(sql("Concurrent update", "90131", 90131))).as("H2").isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException("wrapped",
                new SQLTransactionRollbackException("serialization failure")))).isTrue();
    }

    @Test
    void theSavepointInnoDbDroppedWithTheTransactionIsTransient() {
        var lost = sql("SAVEPOINT `SAVEPOINT_1` does not exist", "42000", 1305);
        assertThat(TransientFailures.isTransient(lost)).isTrue();
        var rollbackFailed = new TransactionSystemException("Could not roll back to JDBC savepoint");
        rollbackFailed.initApplicationException(new CannotAcquireLockException("deadlock"));
        assertThat(TransientFailures.isTransient(rollbackFailed)).as("the exception the failed rollback wraps").isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(TransientFailures.isTransient(new IllegalStateException("boom"))).isFalse();
        assertThat(TransientFailures.isTransient(new DuplicateKeyException("uk_declaration_source"))).isFalse();
        assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("too long"))).isFalse();
        assertThat(TransientFailures.isTransient(sql("FUNCTION jifen.f does not exist", "42000", 1305))).isFalse();
        assertThat(TransientFailures.isTransient(sql("Syntax error", "42000", 1064))).isFalse();
        assertThat(TransientFailures.isTransient(new TransactionSystemException("commit failed"))).isFalse();
    }

    private static RuntimeException sql(String message, String state, int code) {
        return new UncategorizedSQLException("test", "SELECT 1", new SQLException(message, state, code));
    }
}
