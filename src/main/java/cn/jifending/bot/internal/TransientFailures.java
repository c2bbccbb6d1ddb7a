package cn.jifending.bot.internal;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure that a new try of the whole transaction may cure from one it never will.
 * Transient: a deadlock or a lock wait timeout (MySQL/MariaDB 1213 and 1205, H2 40001 and 50200),
 * a serialization failure (SQLState 40001), H2's concurrent update (90131), and the savepoint that
 * InnoDB dropped with the transaction it rolled back after a deadlock ("SAVEPOINT … does not exist",
 * 1305). The whole cause chain is searched, including the exception a failed rollback wraps.
 */
final class TransientFailures {

    private static final Set<Integer> MYSQL_CODES = Set.of(1213, 1205);
    private static final Set<Integer> H2_CODES = Set.of(40001, 50200, 90131);
    private static final int MYSQL_SAVEPOINT_DOES_NOT_EXIST = 1305;

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return search(failure, seen);
    }

    private static boolean search(Throwable t, Map<Throwable, Boolean> seen) {
        for (Throwable e = t; e != null && seen.put(e, Boolean.TRUE) == null; e = e.getCause()) {
            if (e instanceof PessimisticLockingFailureException || e instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (e instanceof SQLException sql && transientSql(sql)) {
                return true;
            }
            if (e instanceof TransactionSystemException tse && tse.getApplicationException() != null
                    && search(tse.getApplicationException(), seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean transientSql(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        if ("40001".equals(state) || MYSQL_CODES.contains(code) || H2_CODES.contains(code)) {
            return true;
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        return code == MYSQL_SAVEPOINT_DOES_NOT_EXIST && message.toUpperCase(java.util.Locale.ROOT).contains("SAVEPOINT");
    }
}
