package io.zonewarden.app.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Databases and settings for server tests: a private in-memory H2 database per test class, or a private schema in
 * the PostgreSQL at 127.0.0.1:5432 (database {@code test}, trust authentication) when one is reachable.
 */
public final class TestServers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "correct horse battery staple";
    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private TestServers() {}

    /** Spring properties for a server on a fresh H2 database with the first administrator created. */
    public static Map<String, Object> h2(String name) {
        var p = common();
        p.put("spring.datasource.url", "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        p.put("spring.datasource.username", "sa");
        return p;
    }

    /** True in the test run that targets PostgreSQL ({@code -Dzonewarden.test.database=postgres}). */
    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("zonewarden.test.database"));
    }

    /**
     * Spring properties for a server on a fresh schema of the local PostgreSQL; the schema is dropped when the test
     * JVM exits, so the shared database does not fill up with test schemas.
     */
    public static Map<String, Object> postgres(String schema) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(schema)));
        var p = common();
        p.put("spring.datasource.url", POSTGRES_URL + "?currentSchema=" + schema);
        p.put("spring.datasource.username", "postgres");
        p.put("spring.flyway.schemas", schema);
        p.put("spring.flyway.default-schema", schema);
        return p;
    }

    /** A schema name no other run uses. */
    public static String freshSchema() {
        return "zw_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    /** True when a PostgreSQL server accepts connections on 127.0.0.1:5432. */
    public static boolean postgresReachable() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void dropSchema(String schema) {
        try (var connection = java.sql.DriverManager.getConnection(POSTGRES_URL, "postgres", null);
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (java.sql.SQLException e) {
            System.err.println("could not drop test schema " + schema + ": " + e.getMessage());
        }
    }

    private static Map<String, Object> common() {
        var p = new LinkedHashMap<String, Object>();
        try {
            p.put(
                    "zonewarden.data-directory",
                    Files.createTempDirectory(Path.of("target"), "server-data")
                            .toAbsolutePath()
                            .toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.put("zonewarden.admin.username", ADMIN);
        p.put("zonewarden.admin.password", ADMIN_PASSWORD);
        p.put("logging.level.io.zonewarden", "WARN");
        return p;
    }
}
