package io.zonewarden.capture.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Unsigned reads from a byte array by absolute index with an explicit byte order: S7, Modbus and IP are big-endian on
 * the wire, while DNP3, IEC 60870-5-104, EtherNet/IP and OPC UA are little-endian. Callers check bounds first; these
 * methods do no bounds checks of their own beyond the array's.
 *
 * <p>Frames and reassembled PDUs are plain arrays, not {@code ByteBuffer}s: a read through a byte-array view handle
 * is one bounds check and one load, where a buffer view adds the buffer's limit, its memory session and its kind, and
 * every one of the hundreds of reads in the dissectors is compiled anew for each place it is inlined.
 */
public final class Wire {
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle SHORT_LE =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Wire() {}

    public static int u8(byte[] buf, int index) {
        return buf[index] & 0xFF;
    }

    public static int u16be(byte[] buf, int index) {
        return (short) SHORT_BE.get(buf, index) & 0xFFFF;
    }

    public static int u16le(byte[] buf, int index) {
        return (short) SHORT_LE.get(buf, index) & 0xFFFF;
    }

    /** Big-endian 32-bit value as a signed int (callers mask with {@code & 0xFFFFFFFFL} when they need it unsigned). */
    public static int i32be(byte[] buf, int index) {
        return (int) INT_BE.get(buf, index);
    }

    public static int i32le(byte[] buf, int index) {
        return (int) INT_LE.get(buf, index);
    }

    public static long u32be(byte[] buf, int index) {
        return i32be(buf, index) & 0xFFFFFFFFL;
    }

    public static long u32le(byte[] buf, int index) {
        return i32le(buf, index) & 0xFFFFFFFFL;
    }

    public static long i64be(byte[] buf, int index) {
        return (long) LONG_BE.get(buf, index);
    }

    public static long i64le(byte[] buf, int index) {
        return (long) LONG_LE.get(buf, index);
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
