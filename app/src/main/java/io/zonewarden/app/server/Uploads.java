package io.zonewarden.app.server;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What every upload path shares: the file's name as the browser sent it, strict UTF-8 text, SHA-256. */
public final class Uploads {

    /** A model or inventory file is text a person or a tool wrote; anything larger is not one. */
    public static final int MAX_TEXT_BYTES = 64 << 20;

    private Uploads() {}

    /** The file name without any directory part or control characters a client may send; {@code fallback} if none. */
    public static String fileName(@Nullable String sent, String fallback) {
        if (sent == null) return fallback;
        var name = sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) return fallback;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /**
     * The bytes as UTF-8 text; refused (nothing changed) when they are larger than {@link #MAX_TEXT_BYTES} or not
     * UTF-8, naming the byte offset of the first bad byte.
     */
    public static String utf8(byte[] bytes, String name) {
        if (bytes.length > MAX_TEXT_BYTES) {
            throw new InvalidInputException(
                    "the file is too large",
                    List.of(name + ": " + bytes.length + " bytes; a model or inventory file is at most "
                            + MAX_TEXT_BYTES + " bytes"),
                    413);
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidInputException(
                    "the file is not UTF-8 text",
                    List.of(name + ": byte " + in.position()
                            + ": not UTF-8; save the file as UTF-8 (spreadsheets: \"CSV UTF-8\")"));
        }
        out.flip();
        return out.toString();
    }

    /** The length of {@code text} in UTF-8 bytes, without encoding it. */
    public static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
