package cn.jifending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The append-only tables refuse a raw UPDATE and DELETE in the database itself (the V80 triggers),
 * on H2 in MySQL mode and on MariaDB, while inserting and reading go on as before.
 */
class AppendOnlyTablesTests {

    static Stream<Arguments> databases() {
        return BothDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void rawUpdateAndDeleteOfLedgerFactsFail(String name, DataSource ds) {
        JdbcClient jdbc = JdbcClient.create(ds);
        long id = insertFact(jdbc);

        assertRefused(jdbc, "UPDATE ledger_fact SET fact_value = '9' WHERE id = " + id);
        assertRefused(jdbc, "DELETE FROM ledger_fact WHERE id = " + id);
        assertThat(jdbc.sql("SELECT fact_value FROM ledger_fact WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void rawUpdateAndDeleteOfAuditRowsFail(String name, DataSource ds) {
        JdbcClient jdbc = JdbcClient.create(ds);
        String subject = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO audit_log (actor, action, subject_type, subject_id, at) "
                        + "VALUES ('tester', 'test.append-only', 'test', :s, :at)")
                .param("s", subject).param("at", LocalDateTime.of(2026, 12, 1, 9, 0)).update();

        assertRefused(jdbc, "DELETE FROM audit_log WHERE subject_id = '" + subject + "'");
        assertRefused(jdbc, "UPDATE audit_log SET actor = 'someone else' WHERE subject_id = '" + subject + "'");
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE subject_id = :s").param("s", subject)
                .query(String.class).list()).containsExactly("tester");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void rawUpdateAndDeleteOfSnapshotsFail(String name, DataSource ds) {
        JdbcClient jdbc = JdbcClient.create(ds);
        long branch = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
        LocalDateTime at = LocalDateTime.of(2026, 12, 1, 9, 0);
        jdbc.sql("INSERT INTO evaluation_round (branch_id, round_year, quarter, opened_on, deadline, opened_by, "
                        + "opened_at) VALUES (:b, 2026, 3, '2026-10-09', '2026-10-16', 'tester', :at)")
                .param("b", branch).param("at", at).update();
        jdbc.sql("INSERT INTO evaluation_snapshot (round_id, member_id, version, user_id, member_name, active_months, "
                        + "month_bases, base, featured, total, cause, created_at) SELECT id, 1, 1, 'u1', '张三', 3, "
                        + "'5,5,5', 15, 0, 15, 'OPENING', :at FROM evaluation_round WHERE branch_id = :b")
                .param("b", branch).param("at", at).update();
        jdbc.sql("INSERT INTO annual_round (branch_id, round_year, opened_by, opened_at) "
                        + "VALUES (:b, 2026, 'tester', :at)")
                .param("b", branch).param("at", at).update();
        jdbc.sql("INSERT INTO annual_snapshot (round_id, member_id, user_id, member_name, member_type, base, featured, "
                        + "review, composite, tier, flagged, created_at) SELECT id, 1, 'u1', '张三', 'FORMAL', 60, 0, "
                        + "90, 80, 'GOOD', FALSE, :at FROM annual_round WHERE branch_id = :b")
                .param("b", branch).param("at", at).update();

        String evaluation = " WHERE round_id IN (SELECT id FROM evaluation_round WHERE branch_id = " + branch + ")";
        String annual = " WHERE round_id IN (SELECT id FROM annual_round WHERE branch_id = " + branch + ")";
        assertRefused(jdbc, "UPDATE evaluation_snapshot SET total = 99" + evaluation);
        assertRefused(jdbc, "DELETE FROM evaluation_snapshot" + evaluation);
        assertRefused(jdbc, "UPDATE annual_snapshot SET tier = 'OTHER'" + annual);
        assertRefused(jdbc, "DELETE FROM annual_snapshot" + annual);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation_snapshot" + evaluation).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM annual_snapshot" + annual).query(Long.class).single()).isEqualTo(1);
    }

    private static long insertFact(JdbcClient jdbc) {
        String key = UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000";
        jdbc.sql("""
                        INSERT INTO ledger_fact (kind, branch_id, member_id, occurred_on, fact_value, recorded_by,
                            recorded_at, source_type, source_ref, dedupe_key)
                        VALUES ('DUES_PAID', 1, 1, '2026-11-03', '1', 'tester', :at, 'IMPORT', 'test', :key)""")
                .param("at", LocalDateTime.of(2026, 12, 1, 9, 0)).param("key", key.substring(0, 64)).update();
        return jdbc.sql("SELECT id FROM ledger_fact WHERE dedupe_key = :key").param("key", key.substring(0, 64))
                .query(Long.class).single();
    }

    private static void assertRefused(JdbcClient jdbc, String sql) {
        assertThatThrownBy(() -> jdbc.sql(sql).update())
                .as(sql)
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
    }
}
