package cn.jifending;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Boots the embedded default exactly as {@code ./mvnw spring-boot:run} does (H2 file database in
 * MySQL mode, no profile), only with the data directory moved to a temp folder.
 */
@SpringBootTest
class EmbeddedDefaultBootTests {

    @DynamicPropertySource
    static void freshDataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("jifen-h2-");
        registry.add("jifen.data-dir", dir::toString);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migrationsRunOnH2InMySqlMode() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        assertThat(product).isEqualTo("H2");
        Integer failed = jdbc.queryForObject(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE", Integer.class);
        assertThat(failed).isZero();
    }
}
