package cn.jifending;

import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The two databases the application runs on, migrated with the production Flyway scripts and no
 * Spring context: a fresh H2 in MySQL mode (the embedded default's URL options) and the tests'
 * MariaDB ({@link TestDatabase}). For checking that one SQL statement runs on both.
 */
public final class BothDatabases {

    private BothDatabases() {
    }

    /** Arguments (name, DataSource) for a {@code @MethodSource}. */
    public static Stream<Arguments> both() {
        return Stream.of(Arguments.of("H2 (MySQL mode)", h2()), Arguments.of("MariaDB", mariaDb()));
    }

    public static DataSource h2() {
        return migrated("h2", new DriverManagerDataSource("jdbc:h2:mem:both-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
                + "NON_KEYWORDS=VALUE,MONTH,YEAR,USER,KEY", "sa", ""));
    }

    public static DataSource mariaDb() {
        TestDatabase db = TestDatabase.get();
        return migrated("mysql", new DriverManagerDataSource(db.url(), db.user(), db.password()));
    }

    /** The application's locations, with Spring Boot's {@code {vendor}} resolved by hand. */
    private static DataSource migrated(String vendor, DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .load().migrate();
        return ds;
    }
}
