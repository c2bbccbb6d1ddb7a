package cn.jifending;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlProcessor;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded default's H2 URL (as {@code application.yml} has it) makes every commit durable
 * before it returns. {@code SHUTDOWN IMMEDIATELY} is H2's simulated power-off: the files are closed
 * without writing what is still in memory, as a {@code kill -9} would (data already handed to the
 * OS survives a killed process: the page cache belongs to the kernel). With H2's default
 * {@code WRITE_DELAY} of 500 ms the last commits are only in memory and are lost.
 */
class EmbeddedDurabilityTests {

    private static final int COMMITS = 50;

    @Test
    void everyCommitOfTheEmbeddedDefaultSurvivesAnAbruptStop() throws Exception {
        String url = embeddedUrl(Files.createTempDirectory("jifen-h2-durable-"));
        assertThat(url).contains("WRITE_DELAY=0");

        assertThat(survivingCommits(url)).isEqualTo(COMMITS);
    }

    @Test
    void theSettingIsInForceInTheOpenDatabase() throws Exception {
        String url = embeddedUrl(Files.createTempDirectory("jifen-h2-setting-"));
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("0");
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void forComparisonH2sDefaultWriteDelayLosesTheLastCommits() throws Exception {
        String url = embeddedUrl(Files.createTempDirectory("jifen-h2-default-")).replace(";WRITE_DELAY=0", "");
        int survived = survivingCommits(url);
        // not asserted: how many are lost depends on the background writer's timing
        System.out.printf("H2 with its default WRITE_DELAY (500 ms): %d of %d commits survived an abrupt stop%n",
                survived, COMMITS);
        assertThat(survived).isBetween(0, COMMITS);
    }

    /** Commits {@code COMMITS} rows one by one, stops the database abruptly, reopens it and counts. */
    private static int survivingCommits(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE acked (id INT PRIMARY KEY)");
            for (int i = 0; i < COMMITS; i++) {
                s.execute("INSERT INTO acked VALUES (" + i + ")"); // auto-commit: one commit each
            }
            s.execute("SHUTDOWN IMMEDIATELY");
        }
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM acked")) {
            rs.next();
            int count = rs.getInt(1);
            s.execute("SHUTDOWN");
            return count;
        } catch (SQLException e) {
            if (e.getMessage().contains("not found")) {
                return 0; // even the table was lost
            }
            throw e;
        }
    }

    private static String embeddedUrl(Path dataDir) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        // the embedded default: the documents without a profile
        yaml.setDocumentMatchers(doc -> doc.containsKey("spring.config.activate.on-profile")
                ? YamlProcessor.MatchStatus.NOT_FOUND : YamlProcessor.MatchStatus.FOUND);
        Properties p = yaml.getObject();
        return p.getProperty("spring.datasource.url").replace("${jifen.data-dir}", dataDir.toString());
    }
}
