package io.zonewarden.app.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The seal that chains audit entries. Version 1 is a plain SHA-256: it shows accidental damage, but whoever can write
 * the database can recompute it after an edit. Version 2 is an HMAC-SHA256 (RFC 2104) with the audit key, which is
 * kept outside the database, so an entry cannot be rewritten without the key.
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** Plain SHA-256: the entries written before the audit key existed. */
    public static final int PLAIN = 1;

    /** HMAC-SHA256 with the audit key. */
    public static final int KEYED = 2;

    private AuditChain() {}

    /**
     * Version 1: SHA-256 over the previous hash and every field of the entry. Each field is written with its length first, so
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

    /**
     * Version 2: HMAC-SHA256 with {@code key} over the same length-prefixed fields as version 1, under its own label,
     * and the plant's row id besides its slug, so that moving an entry to another plant breaks it as well.
     */
    public static String mac(
            byte[] key,
            String previousHash,
            long seq,
            Instant at,
            String actor,
            @Nullable Long plantId,
            @Nullable String plant,
            String action,
            String target,
            @Nullable String before,
            @Nullable String after) {
        Mac mac;
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime provides HmacSHA256", e);
        }
        field(mac, "zonewarden-audit-v2");
        field(mac, previousHash);
        field(mac, Long.toString(seq));
        field(mac, Long.toString(at.toEpochMilli()));
        field(mac, actor);
        field(mac, plantId == null ? null : Long.toString(plantId));
        field(mac, plant);
        field(mac, action);
        field(mac, target);
        field(mac, before);
        field(mac, after);
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** The plain hash an entry would carry as a version 1 entry, given its fields. */
    public static String hash(AuditEntry e) {
        return hash(
                e.previousHash(), e.seq(), e.at(), e.actor(), e.plant(), e.action(), e.target(), e.before(), e.after());
    }

    /** The keyed hash an entry would carry as a version 2 entry. */
    public static String mac(byte[] key, AuditEntry e) {
        return mac(
                key,
                e.previousHash(),
                e.seq(),
                e.at(),
                e.actor(),
                e.plantId(),
                e.plant(),
                e.action(),
                e.target(),
                e.before(),
                e.after());
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

    private static void field(Mac mac, @Nullable String value) {
        if (value == null) {
            mac.update(lengthBytes(-1));
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        mac.update(lengthBytes(bytes.length));
        mac.update(bytes);
    }

    private static byte[] lengthBytes(int length) {
        return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
    }
}
