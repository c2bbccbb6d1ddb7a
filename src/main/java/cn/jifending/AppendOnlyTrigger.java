package cn.jifending;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's trigger for the append-only tables (ledger facts, audit log, quarterly and annual snapshots):
 * every UPDATE and DELETE is refused with SQLSTATE 45000, as the MySQL/MariaDB triggers do with
 * {@code SIGNAL}. Created by the H2 migration in {@code sql/vendor/h2}; nothing calls it from Java.
 */
public class AppendOnlyTrigger implements Trigger {

    private String table = "?";
    private String operation = "change";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        this.table = tableName;
        this.operation = (type & DELETE) != 0 ? "DELETE" : "UPDATE";
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: " + operation
                + " refused (a correction is a new row with who and why)", "45000");
    }
}
