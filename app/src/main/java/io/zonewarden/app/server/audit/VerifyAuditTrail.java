package io.zonewarden.app.server.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Checks the audit chain of a database, entry by entry, in order. */
public final class VerifyAuditTrail {

    /**
     * The outcome.
     *
     * @param entries how many entries were read (up to and including the first broken one)
     * @param brokenAt the first entry that does not match, when one does not
     * @param problem what is wrong with it
     */
    public record Verdict(
            long entries, @Nullable Long brokenAt, @Nullable String problem) {
        public boolean intact() {
            return brokenAt == null;
        }
    }

    /** The database cannot be opened or holds no audit trail. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private VerifyAuditTrail() {}

    /** Opens the database at {@code jdbcUrl} and verifies its chain. */
    public static Verdict verify(String jdbcUrl, @Nullable String user, @Nullable String password) throws Unreadable {
        try (Connection connection = java.sql.DriverManager.getConnection(jdbcUrl, user, password)) {
            connection.setReadOnly(true);
            return verify(connection);
        } catch (SQLException e) {
            throw new Unreadable(
                    "cannot read the audit trail at " + jdbcUrl.replaceAll("password=[^;&]*", "password=...") + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** Reads every entry in sequence order and recomputes the chain; stops at the first broken entry. */
    public static Verdict verify(Connection connection) throws SQLException {
        String previous = AuditChain.GENESIS;
        long expectedSeq = 1;
        long count = 0;
        try (var statement = connection.prepareStatement(
                "select seq, at, actor, plant, action, target, before_text, after_text, prev_hash, hash"
                        + " from audit_entry order by seq")) {
            statement.setFetchSize(500);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    var entry = entry(rows);
                    count++;
                    if (entry.seq() != expectedSeq) {
                        return new Verdict(
                                count,
                                entry.seq(),
                                "expected entry " + expectedSeq + " next, found "
                                        + entry.seq() + ": entries " + expectedSeq + ".." + (entry.seq() - 1)
                                        + " are missing");
                    }
                    if (!entry.previousHash().equals(previous)) {
                        return new Verdict(
                                count,
                                entry.seq(),
                                "its previous hash " + entry.previousHash() + " is not the hash of entry "
                                        + (entry.seq() - 1) + " (" + previous + ")");
                    }
                    var recomputed = AuditChain.hash(entry);
                    if (!recomputed.equals(entry.hash())) {
                        return new Verdict(
                                count,
                                entry.seq(),
                                "its fields do not match its hash (stored " + entry.hash() + ", recomputed "
                                        + recomputed + "): the entry was altered");
                    }
                    previous = entry.hash();
                    expectedSeq++;
                }
            }
        }
        var head = head(connection);
        if (head.isPresent() && head.get().seq() != expectedSeq - 1) {
            return new Verdict(
                    count,
                    expectedSeq,
                    "the chain head says " + head.get().seq() + " entries were written, but " + (expectedSeq - 1)
                            + " are there: the last ones were removed");
        }
        if (head.isPresent() && !head.get().hash().equals(previous)) {
            return new Verdict(count, expectedSeq - 1, "the last entry's hash differs from the chain head's");
        }
        return new Verdict(count, null, null);
    }

    private record Head(long seq, String hash) {}

    private static Optional<Head> head(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select seq, hash from audit_head where id = 1");
                var rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(new Head(rows.getLong(1), rows.getString(2))) : Optional.empty();
        }
    }

    static AuditEntry entry(ResultSet rows) throws SQLException {
        var at = rows.getObject(2, OffsetDateTime.class);
        return new AuditEntry(
                rows.getLong(1),
                at.toInstant(),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                rows.getString(9),
                rows.getString(10));
    }
}
