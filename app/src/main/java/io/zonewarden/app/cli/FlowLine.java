package io.zonewarden.app.cli;

import io.zonewarden.capture.ObservedFlow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * One flow of {@code analyze --format json}, as the bytes Jackson writes for it on its line of the flows list, made
 * directly and handed to the generator as a raw value, so that Jackson still lays out the list around it. A capture
 * has some 10^5 flows, and writing each through the generator's calls (a name, a value, the layout's separators, the
 * escaping of every character) was the larger part of writing the JSON.
 *
 * <p>Only flows whose every text is printable ASCII without a quote or a backslash, which JSON writes as it is, and
 * whose numbers are not negative are written here (nearly all: addresses, protocol and function names, times); for any
 * other flow {@link #set} says no, and the caller writes it through Jackson. The bytes are then exactly Jackson's:
 * {@code FlowLineTest} compares the two.
 */
final class FlowLine implements SerializableString {
    private static final byte[] TRANSPORT = ascii("{\"transport\":\"");
    private static final byte[] CLIENT = ascii("\",\"client\":\"");
    private static final byte[] CLIENT_PORT = ascii("\",\"clientPort\":");
    private static final byte[] SERVER = ascii(",\"server\":\"");
    private static final byte[] SERVER_PORT = ascii("\",\"serverPort\":");
    private static final byte[] ETHER_TYPE = ascii(",\"etherType\":\"0x");
    private static final byte[] PROTOCOL = ascii(",\"protocol\":\"");
    private static final byte[] FIRST_SEEN = ascii("\",\"firstSeen\":\"");
    private static final byte[] LAST_SEEN = ascii("\",\"lastSeen\":\"");
    private static final byte[] FIRST_FRAME = ascii("\",\"firstFrame\":");
    private static final byte[] LAST_FRAME = ascii(",\"lastFrame\":");
    private static final byte[] PACKETS_TO_SERVER = ascii(",\"packetsToServer\":");
    private static final byte[] BYTES_TO_SERVER = ascii(",\"bytesToServer\":");
    private static final byte[] PACKETS_TO_CLIENT = ascii(",\"packetsToClient\":");
    private static final byte[] BYTES_TO_CLIENT = ascii(",\"bytesToClient\":");
    private static final byte[] FUNCTIONS = ascii(",\"functions\":[");
    private static final byte[] FUNCTION_PROTOCOL = ascii("{\"protocol\":\"");
    private static final byte[] CODE = ascii("\",\"code\":");
    private static final byte[] NAME = ascii(",\"name\":\"");
    private static final byte[] ACCESS = ascii("\",\"access\":\"");
    private static final byte[] COUNT = ascii("\",\"count\":");
    private static final byte[] MALFORMED = ascii(",\"malformed\":{");
    private static final byte[] HEX = ascii("0123456789abcdef");

    private byte[] bytes = new byte[1024];
    private int length;
    /** An instant's text, written by {@link IsoInstant} before it is copied. */
    private final IsoInstant.Buffer instants = new IsoInstant.Buffer();

    /**
     * Makes this the line of {@code flow}; false, leaving the line unusable, when the flow has a text that JSON
     * escapes, a negative number, a time {@link IsoInstant} leaves to the JDK, or topics.
     */
    boolean set(ObservedFlow f) {
        length = 0;
        if (!f.topics().isEmpty()) return false;
        put(TRANSPORT);
        if (!string(f.transport())) return false;
        put(CLIENT);
        if (!string(f.clientAddress())) return false;
        put(CLIENT_PORT);
        if (!number(f.clientPort())) return false;
        put(SERVER);
        if (!string(f.serverAddress())) return false;
        put(SERVER_PORT);
        if (!number(f.serverPort())) return false;
        if (f.etherType() != 0) {
            // String.format("0x%04x") in the generator's path: four hex digits at least
            if (f.etherType() < 0 || f.etherType() > 0xFFFF) return false;
            put(ETHER_TYPE);
            room(4);
            for (int shift = 12; shift >= 0; shift -= 4) bytes[length++] = HEX[(f.etherType() >>> shift) & 0xF];
            put((byte) '"');
        }
        put(PROTOCOL);
        if (!string(f.protocol())) return false;
        put(FIRST_SEEN);
        if (!instant(f.firstSeen())) return false;
        put(LAST_SEEN);
        if (!instant(f.lastSeen())) return false;
        put(FIRST_FRAME);
        if (!number(f.firstFrame())) return false;
        put(LAST_FRAME);
        if (!number(f.lastFrame())) return false;
        put(PACKETS_TO_SERVER);
        if (!number(f.packetsToServer())) return false;
        put(BYTES_TO_SERVER);
        if (!number(f.bytesToServer())) return false;
        put(PACKETS_TO_CLIENT);
        if (!number(f.packetsToClient())) return false;
        put(BYTES_TO_CLIENT);
        if (!number(f.bytesToClient())) return false;
        put(FUNCTIONS);
        boolean first = true;
        for (var fc : f.functions()) {
            if (!first) put((byte) ',');
            first = false;
            put(FUNCTION_PROTOCOL);
            if (!string(fc.protocol())) return false;
            put(CODE);
            if (!number(fc.code())) return false;
            put(NAME);
            if (!string(fc.name())) return false;
            put(ACCESS);
            if (!string(fc.access())) return false;
            put(COUNT);
            if (!number(fc.count())) return false;
            put((byte) '}');
        }
        put((byte) ']');
        if (!f.malformed().isEmpty() && !malformed(f.malformed())) return false;
        put((byte) '}');
        return true;
    }

    /** The malformed-frame counts by reason, in the order of their names (as the generator's path sorts them). */
    private boolean malformed(Map<String, Long> counts) {
        var names = counts.keySet().toArray(new String[0]);
        Arrays.sort(names);
        put(MALFORMED);
        for (int i = 0; i < names.length; i++) {
            if (i > 0) put((byte) ',');
            put((byte) '"');
            if (!string(names[i])) return false;
            put((byte) '"');
            put((byte) ':');
            if (!number(counts.get(names[i]))) return false;
        }
        put((byte) '}');
        return true;
    }

    /** Copies a text that JSON writes as it is; false for anything else (null, control, quote, backslash, non-ASCII). */
    private boolean string(@Nullable String s) {
        if (s == null) return false;
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') return false;
            bytes[length + i] = (byte) c;
        }
        length += n;
        return true;
    }

    private boolean instant(Instant instant) {
        int n = instants.format(instant);
        if (n < 0) return false;
        room(n);
        var text = instants.text;
        for (int i = 0; i < n; i++) bytes[length + i] = (byte) text[i];
        length += n;
        return true;
    }

    private boolean number(long value) {
        if (value < 0) return false;
        if (value > Integer.MAX_VALUE) return string(Long.toString(value)); // a count beyond 2^31: digits only
        int v = (int) value;
        int digits = 1;
        for (int rest = div10(v); rest > 0; rest = div10(rest)) digits++;
        room(digits);
        for (int i = length + digits - 1; i >= length; i--) {
            int quotient = div10(v);
            bytes[i] = (byte) ('0' + v - 10 * quotient);
            v = quotient;
        }
        length += digits;
        return true;
    }

    /**
     * {@code n / 10} for {@code 0 <= n < 2^31}, by the multiplication an optimising compiler would use: this code
     * runs compiled by C1, which emits the processor's divide instruction (tens of cycles) for a division by a
     * constant.
     */
    static int div10(int n) {
        return (int) ((n * 0xCCCCCCCDL) >>> 35);
    }

    private void put(byte[] part) {
        room(part.length);
        System.arraycopy(part, 0, bytes, length, part.length);
        length += part.length;
    }

    private void put(byte b) {
        room(1);
        bytes[length++] = b;
    }

    private void room(int n) {
        if (length + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    // SerializableString: the generator asks for the line's bytes as they are (a raw value). The line is ASCII, so
    // its chars are its bytes; the quoted forms (the line as a JSON string) are Jackson's own.

    @Override
    public String getValue() {
        return new String(bytes, 0, length, StandardCharsets.US_ASCII);
    }

    @Override
    public int charLength() {
        return length;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + length > buffer.length) return -1;
        System.arraycopy(bytes, 0, buffer, offset, length);
        return length;
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        if (offset + length > buffer.length) return -1;
        for (int i = 0; i < length; i++) buffer[offset + i] = (char) bytes[i];
        return length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
        return length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (length > buffer.remaining()) return -1;
        buffer.put(bytes, 0, length);
        return length;
    }

    @Override
    public char[] asQuotedChars() {
        return new SerializedString(getValue()).asQuotedChars();
    }

    @Override
    public byte[] asQuotedUTF8() {
        return new SerializedString(getValue()).asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return new SerializedString(getValue()).appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return new SerializedString(getValue()).appendQuoted(buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        return new SerializedString(getValue()).writeQuotedUTF8(out);
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
        return new SerializedString(getValue()).putQuotedUTF8(buffer);
    }
}
