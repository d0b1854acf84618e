package io.zonewarden.capture.wire;

/**
 * Unsigned reads from a byte array by absolute index with an explicit byte order: S7, Modbus and IP are big-endian on
 * the wire, while DNP3, IEC 60870-5-104, EtherNet/IP and OPC UA are little-endian. Callers check bounds first; these
 * methods do no bounds checks of their own beyond the array's.
 *
 * <p>Frames and reassembled PDUs are plain arrays, not {@code ByteBuffer}s, read byte by byte with shifts. A byte-array
 * view {@code VarHandle} does the same in one load once C2 has compiled it, but costs far more in the interpreter and
 * in C1's code, which is what runs through the first part of a capture, and every handle's chain of method handles
 * is compiled anew at each place it is inlined.
 */
public final class Wire {
    private Wire() {}

    public static int u8(byte[] buf, int index) {
        return buf[index] & 0xFF;
    }

    public static int u16be(byte[] buf, int index) {
        return (buf[index] & 0xFF) << 8 | buf[index + 1] & 0xFF;
    }

    public static int u16le(byte[] buf, int index) {
        return buf[index] & 0xFF | (buf[index + 1] & 0xFF) << 8;
    }

    /** Big-endian 32-bit value as a signed int (callers mask with {@code & 0xFFFFFFFFL} when they need it unsigned). */
    public static int i32be(byte[] buf, int index) {
        return buf[index] << 24 | (buf[index + 1] & 0xFF) << 16 | (buf[index + 2] & 0xFF) << 8 | buf[index + 3] & 0xFF;
    }

    public static int i32le(byte[] buf, int index) {
        return buf[index] & 0xFF | (buf[index + 1] & 0xFF) << 8 | (buf[index + 2] & 0xFF) << 16 | buf[index + 3] << 24;
    }

    public static long u32be(byte[] buf, int index) {
        return i32be(buf, index) & 0xFFFFFFFFL;
    }

    public static long u32le(byte[] buf, int index) {
        return i32le(buf, index) & 0xFFFFFFFFL;
    }

    public static long i64be(byte[] buf, int index) {
        return (long) i32be(buf, index) << 32 | u32be(buf, index + 4);
    }

    public static long i64le(byte[] buf, int index) {
        return u32le(buf, index) | (long) i32le(buf, index + 4) << 32;
    }

    /** 48-bit big-endian value, e.g. a MAC address. */
    public static long u48be(byte[] buf, int index) {
        return ((long) u16be(buf, index) << 32) | u32be(buf, index + 2);
    }

    /** True when the {@code length} bytes at {@code index} equal the ASCII text {@code ascii}. */
    public static boolean startsWith(byte[] buf, int index, int available, String ascii) {
        if (available < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (buf[index + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Printable ASCII text of at most {@code length} bytes (non-printable bytes become '.'). Allocates: call only on
     * rare identity-bearing frames, never per packet.
     */
    public static String ascii(byte[] buf, int index, int length) {
        var chars = new char[Math.max(0, length)];
        int n = 0;
        for (int i = 0; i < length; i++) {
            int b = u8(buf, index + i);
            if (b == 0) {
                break;
            }
            chars[n++] = b >= 0x20 && b < 0x7F ? (char) b : '.';
        }
        return new String(chars, 0, n);
    }
}
