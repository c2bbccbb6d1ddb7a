package cn.jifending.dingtalk.internal;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A private in-memory H2 (MySQL mode) holding the {@code dingtalk_card_instance} table of its migration. */
final class CardInstanceDatabase {

    private CardInstanceDatabase() {
    }

    static JdbcClient create() {
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:cards-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1", "sa", "");
        new ResourceDatabasePopulator(new FileSystemResource("sql/V14__dingtalk_card_instance.sql")).execute(dataSource);
        return JdbcClient.create(dataSource);
    }
}
