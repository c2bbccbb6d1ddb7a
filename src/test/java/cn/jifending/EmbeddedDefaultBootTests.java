package cn.jifending;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.ledger.Correction;
import cn.jifending.ledger.Fact;
import cn.jifending.scoring.FactKind;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.LedgerExport;
import cn.jifending.ledger.NewFact;
import cn.jifending.audit.Source;
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

    @Autowired
    Ledger ledger;

    @Autowired
    LedgerExport export;

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

    @Test
    void ledgerWorksOnH2() throws Exception {
        Person member = directory.findByUserId("demo-member-1").orElseThrow();
        Fact f = ledger.record(NewFact.of(FactKind.ATTENDANCE, member.branchId(), member.memberId(), "party_day",
                java.time.LocalDate.of(2026, 3, 5), "PRESENT", Source.chat("h2-msg-1"), "demo-recorder"));
        assertThat(ledger.record(NewFact.of(FactKind.ATTENDANCE, member.branchId(), member.memberId(), "party_day",
                java.time.LocalDate.of(2026, 3, 5), "PRESENT", Source.chat("h2-msg-1"), "demo-recorder"))).isEqualTo(f);
        Fact r = ledger.correct(f.id(), Correction.reversal("test", Source.chat("h2-msg-2"), "demo-secretary"));
        assertThat(r.corrects()).isEqualTo(f.id());

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        export.writeCsv(member.branchId(), 2026, out);
        String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith(LedgerExport.HEADER + "\r\n").contains(",MEMBERSHIP,").contains(",REVERSAL,");
    }
}
