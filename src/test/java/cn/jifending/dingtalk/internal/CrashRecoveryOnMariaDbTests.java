package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The crash test on MariaDB: the production {@code mysql} profile on a fresh database of the tests'
 * server ({@link TestDatabase}), with the demo organization seeded. Only the child is killed; the
 * server keeps running, as when the application host's process dies.
 */
class CrashRecoveryOnMariaDbTests extends CrashRecoveryTestSupport {

    private TestDatabase db;

    @Test
    void everyAcknowledgedMessageHasOneEffectAndOneReplyAcrossAKill() throws Exception {
        assertThat(crash().violations()).as("what a kill -9 on MariaDB broke").isEmpty();
    }

    @Override
    String database() {
        return "mariadb";
    }

    @Override
    List<String> databaseArguments(Path dataDir) {
        db = TestDatabase.get().freshDatabase("jifen_crash");
        return List.of("--spring.profiles.active=mysql",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password());
    }

    @Override
    Connection connect(Path dataDir) throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }
}
