package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The crash test on the embedded default: the H2 file database under {@code jifen.data-dir} with the
 * settings of {@code application.yml}, exactly as {@code ./mvnw spring-boot:run} uses it. For trying a
 * setting, {@code -Dcrash.h2.urlOptions=;WRITE_DELAY=0} replaces the URL by the default one plus those
 * options.
 */
class CrashRecoveryOnH2Tests extends CrashRecoveryTestSupport {

    /** The options of {@code application.yml}'s H2 URL. */
    private static final String URL_OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
            + "NON_KEYWORDS=VALUE,MONTH,YEAR,USER,KEY";

    @Test
    void everyAcknowledgedMessageHasOneEffectAndOneReplyAcrossAKill() throws Exception {
        assertThat(crash().violations()).as("what a kill -9 on H2 (the embedded default) broke").isEmpty();
    }

    @Override
    String database() {
        return "h";
    }

    @Override
    List<String> databaseArguments(Path dataDir) {
        String extra = System.getProperty("crash.h2.urlOptions", "");
        return extra.isEmpty() ? List.of()
                : List.of("--spring.datasource.url=jdbc:h2:file:" + dataDir + "/jifen" + URL_OPTIONS + extra);
    }

    /** The same file the child used (it has stopped, so the file is free); only reading. */
    @Override
    Connection connect(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir + "/jifen" + URL_OPTIONS + ";IFEXISTS=TRUE", "sa", "");
    }
}
