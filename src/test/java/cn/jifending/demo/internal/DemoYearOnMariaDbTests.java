package cn.jifending.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo year on MariaDB (the production {@code mysql} profile with the demo turned on), started on
 * 2026-12-03: the same story as {@link DemoYearOnH2Tests}. Its own fresh database: the shared test database's
 * demo branches must stay without a year.
 */
@SpringBootTest(properties = {"jifen.demo.year=true"})
@ActiveProfiles({"mysql", "test"})
@DirtiesContext
@Import(DemoYearChecks.Today.class)
class DemoYearOnMariaDbTests extends DemoYearChecks {

    private static final TestDatabase OWN = TestDatabase.get().freshDatabase("jifen_demo");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", OWN::url);
        registry.add("spring.datasource.username", OWN::user);
        registry.add("spring.datasource.password", OWN::password);
    }

    @Test
    void theStoryIsToldOnAFreshServerDatabaseOfItsOwn() throws Exception {
        Database db = database();
        assertThat(db.product()).isIn("MariaDB", "MySQL");
        String schema = jdbc.sql("SELECT DATABASE()").query(String.class).single();
        assertThat(schema).startsWith("jifen_demo_");
        assertThat(OWN.url()).contains("/" + schema);
    }
}
