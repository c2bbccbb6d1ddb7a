package cn.jifending;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class of every persistence test: the whole application on a real MariaDB/MySQL server
 * ({@link TestDatabase}), with the production {@code mysql} profile and the same Flyway
 * migrations. Extend it; the Spring context (and the database) is shared by all such tests.
 */
@SpringBootTest
@ActiveProfiles({"mysql", "test"})
public abstract class MariaDbTestBase {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase db = TestDatabase.get();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }
}
