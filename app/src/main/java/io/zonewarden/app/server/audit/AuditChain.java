package io.zonewarden.app.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** The hash that chains audit entries. */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /**
     * SHA-256 over the previous hash and every field of the entry. Each field is written with its length first, so
     * no two different entries encode alike (moving text from one field into the next changes the hash); a null
     * field is written as length -1, apart from the empty text.
     */
    public static String hash(
            String previousHash,
            long seq,
            Instant at,
            String actor,
            @Nullable String plant,
            String action,
            String target,
            @Nullable String before,
            @Nullable String after) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
        field(digest, "zonewarden-audit-v1");
        field(digest, previousHash);
        field(digest, Long.toString(seq));
        field(digest, Long.toString(at.toEpochMilli()));
        field(digest, actor);
        field(digest, plant);
        field(digest, action);
        field(digest, target);
        field(digest, before);
        field(digest, after);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The hash an entry should carry, given its fields. */
    public static String hash(AuditEntry e) {
        return hash(
                e.previousHash(), e.seq(), e.at(), e.actor(), e.plant(), e.action(), e.target(), e.before(), e.after());
    }

    private static void field(MessageDigest digest, @Nullable String value) {
        if (value == null) {
            digest.update(lengthBytes(-1));
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(lengthBytes(bytes.length));
        digest.update(bytes);
    }

    private static byte[] lengthBytes(int length) {
        return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
    }
}
