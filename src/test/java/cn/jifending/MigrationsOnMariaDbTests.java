package cn.jifending;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class MigrationsOnMariaDbTests extends MariaDbTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationAppliedOnARealServer() {
        String version = jdbc.queryForObject("SELECT VERSION()", String.class);
        assertThat(version).as("a real MariaDB/MySQL server, not H2").doesNotContainIgnoringCase("h2");
        Integer failed = jdbc.queryForObject(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0", Integer.class);
        assertThat(failed).isZero();
    }
}
