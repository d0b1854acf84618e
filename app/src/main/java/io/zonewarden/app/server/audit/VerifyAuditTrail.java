package io.zonewarden.app.server.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks the audit chain of a database, entry by entry, in order. Entries sealed with plain SHA-256 (written before
 * the audit key existed) are recomputed as such; entries sealed with the key need the key. What the database alone
 * cannot prove, a copy of the chain head taken earlier can: the entry it names must still carry its hash, which
 * catches a rewritten chain, removed last entries and a trail started over.
 */
public final class VerifyAuditTrail {

    static final String SELECT = "select seq, at, actor, plant_id, plant, action, target, before_text, after_text,"
            + " prev_hash, hash, chain_version from audit_entry";

    /**
     * The outcome.
     *
     * @param entries how many entries were read (up to and including the first broken one)
     * @param brokenAt the first entry that does not match, when one does not
     * @param problem what is wrong with it
     * @param head the last entry read, {@code seq:hash} (the head to keep when the chain is intact)
     */
    public record Verdict(
            long entries, @Nullable Long brokenAt, @Nullable String problem, String head) {
        public boolean intact() {
            return brokenAt == null;
        }
    }

    /** A chain head recorded earlier: {@code seq:hash} as the server logs and exports it, or the hash alone. */
    public record ExpectedHead(@Nullable Long seq, String hash) {

        private static final Pattern FORM = Pattern.compile("(?:(\\d{1,18}):)?([0-9a-fA-F]{64})");

        public static ExpectedHead parse(String text) {
            var m = FORM.matcher(text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("expected a chain head as SEQ:HASH (e.g. 42:" + "3f".repeat(4)
                        + "..., 64 hex digits) or the 64 hex digits alone, got '" + text + "'");
            }
            return new ExpectedHead(
                    m.group(1) == null ? null : Long.parseLong(m.group(1)),
                    m.group(2).toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return seq == null ? hash : seq + ":" + hash;
        }
    }

    /** The database cannot be opened, holds no audit trail, or holds sealed entries and no key was given. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    private VerifyAuditTrail() {}

    /**
     * Opens the database at {@code jdbcUrl} and verifies its chain. An embedded database that still has the empty
     * password of earlier versions is opened with it.
     */
    public static Verdict verify(
            String jdbcUrl,
            @Nullable String user,
            @Nullable String password,
            @Nullable AuditKey key,
            @Nullable ExpectedHead expected)
            throws Unreadable {
        try (Connection connection = open(jdbcUrl, user, password)) {
            connection.setReadOnly(true);
            return verify(connection, key, expected);
        } catch (SQLException e) {
            throw new Unreadable(
                    "cannot read the audit trail at " + jdbcUrl.replaceAll("password=[^;&]*", "password=...") + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /**
     * Opens a database; an embedded H2 database whose account still has the empty password (made before the server
     * generated one) is opened with the empty password when the given one is refused.
     */
    public static Connection open(String jdbcUrl, @Nullable String user, @Nullable String password)
            throws SQLException {
        try {
            return DriverManager.getConnection(jdbcUrl, user, password);
        } catch (SQLException e) {
            // 28000: H2's "wrong user name or password" (org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD)
            if (!jdbcUrl.startsWith("jdbc:h2:") || password == null || password.isEmpty() || e.getErrorCode() != 28000)
                throw e;
            try {
                return DriverManager.getConnection(jdbcUrl, user, "");
            } catch (SQLException again) {
                e.addSuppressed(again);
                throw e;
            }
        }
    }

    /**
     * Reads every entry in sequence order and recomputes the chain; stops at the first broken entry. {@code key} is
     * needed as soon as a sealed entry comes; {@code expected}, when given, must still be in the chain.
     */
    public static Verdict verify(Connection connection, @Nullable AuditKey key, @Nullable ExpectedHead expected)
            throws SQLException, Unreadable {
        String previous = AuditChain.GENESIS;
        long expectedSeq = 1;
        long count = 0;
        boolean sealedSeen = false;
        boolean expectedFound = false;
        try (var statement = connection.prepareStatement(SELECT + " order by seq")) {
            statement.setFetchSize(500);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    var entry = entry(rows);
                    count++;
                    long seq = entry.seq();
                    if (seq != expectedSeq) {
                        return broken(
                                count,
                                seq,
                                "expected entry " + expectedSeq + " next, found " + seq + ": entries " + expectedSeq
                                        + ".." + (seq - 1) + " are missing");
                    }
                    if (!entry.previousHash().equals(previous)) {
                        return broken(
                                count,
                                seq,
                                "its previous hash " + entry.previousHash() + " is not the hash of entry " + (seq - 1)
                                        + " (" + previous + ")");
                    }
                    var problem = seal(entry, key, sealedSeen);
                    if (problem != null) return broken(count, seq, problem);
                    sealedSeen |= entry.version() == AuditChain.KEYED;
                    if (expected != null && expected.seq() != null && seq == expected.seq()) {
                        if (!entry.hash().equals(expected.hash())) {
                            return broken(
                                    count,
                                    seq,
                                    "its hash " + entry.hash() + " is not the one the expected head " + expected
                                            + " recorded: the chain was rewritten up to this entry");
                        }
                        expectedFound = true;
                    }
                    if (expected != null
                            && expected.seq() == null
                            && entry.hash().equals(expected.hash())) expectedFound = true;
                    previous = entry.hash();
                    expectedSeq++;
                }
            }
        }
        long last = expectedSeq - 1;
        var head = head(connection);
        if (head.isPresent() && head.get().seq() != last) {
            return broken(
                    count,
                    expectedSeq,
                    "the chain head says " + head.get().seq() + " entries were written, but " + last
                            + " are there: the last ones were removed");
        }
        if (head.isPresent() && !head.get().hash().equals(previous)) {
            return broken(count, last, "the last entry's hash differs from the chain head's");
        }
        if (key != null && key.from() > 1 && last < key.from() - 1) {
            return broken(
                    count,
                    last + 1,
                    "the chain ends at entry " + last + ", but it held " + (key.from() - 1)
                            + " entries when the audit key was made (" + key.file()
                            + "): entries were removed or the trail was started over");
        }
        if (expected != null && !expectedFound) {
            return broken(
                    count,
                    last + 1,
                    expected.seq() != null
                            ? "the chain ends at entry " + last + ", before the expected head " + expected
                                    + ": the last entries were removed or the trail was started over"
                            : "no entry carries the expected head's hash " + expected.hash()
                                    + ": the chain was rewritten, cut short or started over");
        }
        return new Verdict(count, null, null, last + ":" + previous);
    }

    /** What is wrong with an entry's seal, or null when it holds. */
    private static @Nullable String seal(AuditEntry entry, @Nullable AuditKey key, boolean sealedSeen)
            throws Unreadable {
        long seq = entry.seq();
        switch (entry.version()) {
            case AuditChain.PLAIN -> {
                if (sealedSeen) {
                    return "it carries a plain SHA-256 after entries sealed with the audit key: the entries from here"
                            + " on were rewritten without the key";
                }
                if (key != null && key.from() > 0 && seq >= key.from()) {
                    return "it carries a plain SHA-256, but the audit key " + key.file() + " seals every entry from "
                            + key.from() + " on: the entries from here on were rewritten without the key";
                }
                var recomputed = AuditChain.hash(entry);
                if (!recomputed.equals(entry.hash())) {
                    return "its fields do not match its hash (stored " + entry.hash() + ", recomputed " + recomputed
                            + "): the entry was altered";
                }
                return null;
            }
            case AuditChain.KEYED -> {
                if (key == null) {
                    throw new Unreadable(
                            "entry " + seq + " is sealed with the audit key: give the key file (--audit-key-file,"
                                    + " by default " + AuditKey.DEFAULT_FILE + " in the data directory)",
                            null);
                }
                if (key.from() > 0 && seq < key.from()) {
                    return "it is sealed with the audit key, but the key " + key.file() + " seals entries from "
                            + key.from() + " on only: the trail was started over or rewritten";
                }
                var recomputed = AuditChain.mac(key.key(), entry);
                if (!recomputed.equals(entry.hash())) {
                    return "its fields do not match its seal (stored " + entry.hash() + ", recomputed " + recomputed
                            + "): the entry was altered, or " + key.file() + " is not the key it was sealed with";
                }
                return null;
            }
            default -> {
                return "it names chain version " + entry.version() + "; this version knows " + AuditChain.PLAIN
                        + " and " + AuditChain.KEYED;
            }
        }
    }

    private static Verdict broken(long count, long seq, String problem) {
        return new Verdict(count, seq, problem, "");
    }

    private record StoredHead(long seq, String hash) {}

    private static Optional<StoredHead> head(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select seq, hash from audit_head where id = 1");
                var rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(new StoredHead(rows.getLong(1), rows.getString(2))) : Optional.empty();
        }
    }

    /** One row of {@link #SELECT}. */
    static AuditEntry entry(ResultSet rows) throws SQLException {
        var at = rows.getObject(2, OffsetDateTime.class);
        long plantId = rows.getLong(4);
        Long plant = rows.wasNull() ? null : plantId;
        return new AuditEntry(
                rows.getLong(1),
                at.toInstant(),
                rows.getString(3),
                plant,
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                rows.getString(9),
                rows.getString(10),
                rows.getString(11),
                rows.getInt(12));
    }
}
