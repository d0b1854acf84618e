package io.zonewarden.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Where the server's data are: the options {@code serve} and {@code audit verify} share (a picocli mixin). */
final class DatabaseOptions {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "zonewarden-data",
            description = "the embedded database and uploaded captures (default: ./zonewarden-data)")
    Path data = Path.of("zonewarden-data");

    @Option(
            names = "--db-url",
            paramLabel = "URL",
            description = "a PostgreSQL JDBC URL instead of the embedded database")
    @Nullable
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "the database account")
    @Nullable
    String dbUser;

    @Option(names = "--db-password-file", paramLabel = "FILE", description = "a file holding the database password")
    @Nullable
    Path dbPasswordFile;

    @Option(
            names = "--audit-key-file",
            paramLabel = "FILE",
            description =
                    "the audit key (or the environment variable ZONEWARDEN_AUDIT_KEY_FILE; default: DIR/audit.key)")
    @Nullable
    Path auditKeyFile;

    /** The audit key file given by option or environment; null for the one in the data directory. */
    @Nullable
    Path auditKeyFile() {
        if (auditKeyFile != null) return auditKeyFile;
        var fromEnvironment = System.getenv("ZONEWARDEN_AUDIT_KEY_FILE");
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : Path.of(fromEnvironment);
    }

    /** The database password from {@code --db-password-file}, or null without one. */
    @Nullable
    String dbPassword() throws IOException {
        return secret(dbPasswordFile, null);
    }

    /** The first line's text of {@code file} without surrounding blanks, or {@code fallback} without a file. */
    static @Nullable String secret(@Nullable Path file, @Nullable String fallback) throws IOException {
        if (file == null) return fallback;
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
