package cn.jifending;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
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

    @Autowired
    MemberDirectory directory;

    @Test
    void migrationsRunOnH2InMySqlMode() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        assertThat(product).isEqualTo("H2");
        Integer failed = jdbc.queryForObject(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE", Integer.class);
        assertThat(failed).isZero();
    }

    @Test
    void demoOrganizationIsSeeded() {
        assertThat(directory.branches()).hasSize(2);
        Person secretary = directory.findByUserId("demo-secretary").orElseThrow();
        assertThat(secretary.has(Role.SECRETARY)).isTrue();
        assertThat(directory.secretaryOf(secretary.branchId())).contains(secretary);
        assertThat(directory.withRole(secretary.branchId(), Role.RECORDER))
                .extracting(Person::userId).containsExactly("demo-recorder");
        assertThat(directory.panelOf(secretary.branchId())).extracting(Person::userId)
                .containsExactlyInAnyOrder("demo-secretary", "demo-committee", "demo-leader");
        assertThat(directory.findByUserId("demo-probationary").orElseThrow().probationary()).isTrue();
        assertThat(directory.committeeAdmins()).extracting(Person::userId).containsExactly("demo-admin");
        Integer audited = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE actor = 'system'", Integer.class);
        assertThat(audited).isPositive();
    }
}
