package cn.jifending.dingtalk.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The crash test on the embedded default: the H2 file database under {@code jifen.data-dir} with the
 * settings of {@code application.yml}, exactly as {@code ./mvnw spring-boot:run} uses it.
 */
class CrashRecoveryOnH2Tests extends CrashRecoveryTestSupport {

    @Override
    String database() {
        return "h";
    }

    @Override
    List<String> databaseArguments(Path dataDir) {
        return List.of();
    }

    /** The same file the child used (it has stopped, so the file is free); only reading. */
    @Override
    Connection connect(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir + "/jifen;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,MONTH,YEAR,USER,KEY;IFEXISTS=TRUE", "sa", "");
    }
}
