package io.zonewarden.app.server.audit;

import io.zonewarden.app.server.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret that seals audit entries (HMAC-SHA256), kept in a file outside the database: whoever can write the
 * database but not read this file cannot rewrite an entry so that it verifies. The file holds the key in hex and the
 * number of the first entry it sealed; entries from there on must be sealed with it, so replacing the sealed tail
 * (or the whole trail) by plain SHA-256 entries is noticed too.
 *
 * <pre>
 * key=64 hex digits (32 bytes, the HMAC-SHA256 block's natural key size, RFC 2104 section 3)
 * from=42
 * </pre>
 *
 * {@code from} may be left out in a key file made by hand; then entries are only required to stay sealed once the
 * first sealed one appears.
 *
 * @param file where the key was read from
 * @param from the first entry sealed with this key; 0 when the file does not say
 */
public record AuditKey(Path file, byte[] key, long from) {

    /** The key file's name in the data directory, unless another place is given. */
    public static final String DEFAULT_FILE = "audit.key";

    /** The bytes of a generated key: the HMAC-SHA256 output size, the least RFC 2104 recommends. */
    static final int BYTES = 32;

    /** Reads a key file. */
    public static AuditKey read(Path file) throws IOException {
        byte[] key = null;
        long from = 0;
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            var where = file + ":" + (i + 1) + ": ";
            if (line.startsWith("key=")) {
                var hex = line.substring(4).strip();
                try {
                    key = HexFormat.of().parseHex(hex);
                } catch (IllegalArgumentException e) {
                    throw new IOException(where + "expected the key as hex digits, got '" + abbreviate(hex) + "'");
                }
                if (key.length < BYTES) {
                    throw new IOException(where + "expected a key of at least " + BYTES + " bytes (" + 2 * BYTES
                            + " hex digits), got " + key.length + " bytes");
                }
            } else if (line.startsWith("from=")) {
                try {
                    from = Long.parseLong(line.substring(5).strip());
                } catch (NumberFormatException e) {
                    throw new IOException(where + "expected from=<entry number>, got '" + abbreviate(line) + "'");
                }
                if (from < 1) throw new IOException(where + "expected an entry number of 1 or more, got " + from);
            } else {
                throw new IOException(where + "expected key=... or from=..., got '" + abbreviate(line) + "'");
            }
        }
        if (key == null) throw new IOException(file + ": no key=... line");
        return new AuditKey(file, key, from);
    }

    /** Creates a new key file (owner read and write only) whose key seals entries from {@code from} on. */
    public static AuditKey create(Path file, long from) throws IOException {
        var key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        var text = "# ZoneWarden audit key: seals every audit entry from entry " + from + " on (HMAC-SHA256).\n"
                + "# Keep it secret and keep a copy apart from the database's backups: without it the sealed\n"
                + "# entries cannot be verified, and the server does not start.\n"
                + "key=" + HexFormat.of().formatHex(key) + "\n"
                + "from=" + from + "\n";
        PrivateFiles.createFile(file, text);
        return new AuditKey(file, key, from);
    }

    private static String abbreviate(String text) {
        // a malformed line may still hold most of a secret: show only its start
        return text.length() <= 8 ? text : text.substring(0, 8) + "...";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditKey k
                && k.file.equals(file)
                && java.security.MessageDigest.isEqual(k.key, key)
                && k.from == from;
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + Long.hashCode(from);
    }

    @Override
    public String toString() {
        return "AuditKey[" + file + ", from " + from + "]";
    }
}
