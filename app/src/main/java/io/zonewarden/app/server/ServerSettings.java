package io.zonewarden.app.server;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How {@code zonewarden serve} was started.
 *
 * @param dataDirectory holds the embedded database (unless {@code databaseUrl} names another) and uploaded captures
 * @param databaseUrl a JDBC URL ({@code jdbc:postgresql://...}); null for the embedded H2 database
 * @param adminUser with {@code adminPassword}: the first administrator, created at start when there is no account
 * @param demo import the example plant at start when there is no plant yet
 */
public record ServerSettings(
        int port,
        Path dataDirectory,
        @Nullable String databaseUrl,
        @Nullable String databaseUser,
        @Nullable String databasePassword,
        @Nullable String adminUser,
        @Nullable String adminPassword,
        boolean demo) {

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
