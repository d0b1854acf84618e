package io.zonewarden.app.server;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How {@code zonewarden serve} was started.
 *
 * @param dataDirectory holds the embedded database (unless {@code databaseUrl} names another) and uploaded captures
 * @param databaseUrl a JDBC URL ({@code jdbc:postgresql://...}); null for the embedded H2 database
 * @param adminUser with {@code adminPassword}: the first administrator, created at start when there is no account
 * @param databasePassword the database password; for the embedded database null means the generated one in the
 *     data directory ({@link EmbeddedDatabase})
 * @param demo import the example plant at start when there is no plant yet
 * @param auditKeyFile the audit key; null for {@code audit.key} in the data directory
 * @param keystorePassword the TLS key store's password (Spring's {@code server.ssl.key-store-password}), read from a
 *     file or the environment so that it does not show in the process list
 */
public record ServerSettings(
        int port,
        Path dataDirectory,
        @Nullable String databaseUrl,
        @Nullable String databaseUser,
        @Nullable String databasePassword,
        @Nullable String adminUser,
        @Nullable String adminPassword,
        boolean demo,
        @Nullable Path auditKeyFile,
        @Nullable String keystorePassword) {

    /** Settings without an audit key file of their own nor a key store password. */
    public ServerSettings(
            int port,
            Path dataDirectory,
            @Nullable String databaseUrl,
            @Nullable String databaseUser,
            @Nullable String databasePassword,
            @Nullable String adminUser,
            @Nullable String adminPassword,
            boolean demo) {
        this(
                port,
                dataDirectory,
                databaseUrl,
                databaseUser,
                databasePassword,
                adminUser,
                adminPassword,
                demo,
                null,
                null);
    }

    /** The same settings with another database password. */
    public ServerSettings withDatabasePassword(String password) {
        return new ServerSettings(
                port,
                dataDirectory,
                databaseUrl,
                databaseUser,
                password,
                adminUser,
                adminPassword,
                demo,
                auditKeyFile,
                keystorePassword);
    }

    /** The audit key file: the given one, or {@code audit.key} in the data directory. */
    public Path auditKey() {
        return auditKeyFile != null
                ? auditKeyFile
                : dataDirectory.resolve(io.zonewarden.app.server.audit.AuditKey.DEFAULT_FILE);
    }

    /**
     * The JDBC URL used: the given one, or an H2 database file in the data directory. H2 writes a commit to the file
     * at once ({@code WRITE_DELAY=0}) rather than within a second, so a server killed right after a commit keeps it.
     */
    public String jdbcUrl() {
        if (databaseUrl != null) return databaseUrl;
        return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("zonewarden")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }
}
