package io.zonewarden.app.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded H2 database. It is generated at the first start and kept in the data directory, in a
 * file only the owner may read, and used by {@code serve} and {@code audit verify}. A database made by an earlier
 * version, whose account has the empty password, gets the generated password at its first start with this version
 * ({@code ALTER USER ... SET PASSWORD}, which H2 allows the administrator account to run on itself).
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** The account of the embedded database (H2's administrator). */
    public static final String USER = "sa";

    /** The file in the data directory that holds the password. */
    public static final String PASSWORD_FILE = "zonewarden.db-password";

    /** The database file H2 keeps in the data directory. */
    public static final String DATABASE_FILE = "zonewarden.mv.db";

    /** 24 random bytes: 192 bits, written as 48 hex digits. */
    private static final int PASSWORD_BYTES = 24;

    private EmbeddedDatabase() {}

    /** The password from the data directory's password file, created at the first start. */
    public static String password(Path directory) throws IOException {
        var existing = existingPassword(directory);
        if (existing != null) return existing;
        var bytes = new byte[PASSWORD_BYTES];
        new SecureRandom().nextBytes(bytes);
        var password = HexFormat.of().formatHex(bytes);
        PrivateFiles.createFile(directory.resolve(PASSWORD_FILE), password + "\n");
        return password;
    }

    /** The password when the password file exists; null for a data directory from before generated passwords. */
    public static @Nullable String existingPassword(Path directory) throws IOException {
        var file = directory.resolve(PASSWORD_FILE);
        if (!Files.exists(file)) return null;
        var password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) throw new IOException(file + ": expected the database password, found an empty file");
        return password;
    }

    /**
     * Gives an existing database whose account still has the empty password the generated one; returns whether it
     * did. Does nothing when the database does not exist yet (H2 makes it with the password of the first connection)
     * or already has the password.
     */
    public static boolean setPassword(String jdbcUrl, Path directory, String password) throws SQLException {
        if (!Files.exists(directory.resolve(DATABASE_FILE))) return false;
        try {
            DriverManager.getConnection(jdbcUrl, USER, password).close();
            return false;
        } catch (SQLException e) {
            // 28000: H2's "wrong user name or password" (org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD)
            if (e.getErrorCode() != 28000) throw e;
        }
        try (var connection = DriverManager.getConnection(jdbcUrl, USER, "");
                var statement = connection.prepareStatement("alter user " + USER + " set password ?")) {
            statement.setString(1, password);
            statement.execute();
        } catch (SQLException e) {
            throw new SQLException(
                    "the embedded database refuses both the password in " + directory.resolve(PASSWORD_FILE)
                            + " and the empty password of earlier versions: " + e.getMessage(),
                    e.getSQLState(),
                    e.getErrorCode(),
                    e);
        }
        LOG.info(
                "the embedded database had the empty password of earlier versions; it now has the one in {}",
                directory.resolve(PASSWORD_FILE));
        return true;
    }
}
