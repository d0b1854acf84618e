package io.zonewarden.capture.pcap;

import io.zonewarden.capture.CaptureException;
import io.zonewarden.capture.CaptureFormatException;
import io.zonewarden.capture.wire.Violation;
import io.zonewarden.capture.wire.Wire;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * Reads a pcap or pcapng file, detected by its magic number, never by its name. The file is read in windows of at
 * most {@link #MAX_WINDOW} bytes, so a file of any size, larger than memory too, is read with bounded memory and
 * address space. A record longer than the window is skipped and reported.
 *
 * <p>Frames are handed on in plain arrays: pcap records and pcapng blocks are read from a reused chunk of {@link
 * #CHUNK} bytes (a frame then sits at an offset, followed by the next records), a block longer than a chunk from an
 * array of its own. The dissectors read plain arrays, like the arrays that hold reassembled PDUs, so their reads
 * compile to one bounds check and one load; and no consumer can keep a reference into file memory that has gone.
 * Consumers read only the frame's own bytes.
 *
 * <p>How the chunk is filled is the reader's {@link Access}: by positioned reads of the file ({@link Access#READ}, the
 * default), or by copies out of a memory-mapped window ({@link Access#MAP}), unmapped as soon as the next one is
 * mapped (Java 22 and later, see {@link WindowMapping}) so the file's resident pages stay near one window; a record
 * that crosses a window's end starts the next window, so consecutive windows overlap by at most one record. Both
 * deliver the same frames. Positioned reads are the default because the frames are copied into arrays either way:
 * mapping adds the setting up and tearing down of a page-table entry for every 4 KiB of the file, which on a
 * virtual machine that shadows the guest's page tables made mapped reading 4 times slower than reading (0.45 s
 * against 0.1 s per GiB, `bench/README.md`).
 *
 * <p>Damaged records (truncated, longer than the file, bad timestamps, bad block lengths) are reported to {@link
 * PacketConsumer#malformed} and never thrown. Only a file that is not a capture at all, one whose first record or
 * block is already damaged beyond reading on (so that not one could be read), or an I/O failure, throws.
 */
public final class CaptureReader {
    /** Largest window: 1 GiB. */
    public static final long MAX_WINDOW = 1L << 30;

    // pcap file header magics as read big-endian (libpcap savefile format, pcap(5))
    static final int PCAP_MICRO = 0xA1B2C3D4;
    static final int PCAP_MICRO_SWAPPED = 0xD4C3B2A1;
    static final int PCAP_NANO = 0xA1B23C4D;
    static final int PCAP_NANO_SWAPPED = 0x4D3CB2A1;
    // pcapng Section Header Block type, the same in both byte orders (draft-ietf-opsawg-pcapng, section 4.1)
    static final int PCAPNG_SHB = 0x0A0D0D0A;
    static final int PCAPNG_BYTE_ORDER_MAGIC = 0x1A2B3C4D;

    private static final int PCAP_FILE_HEADER = 24;
    private static final int PCAP_RECORD_HEADER = 16;
    /** Largest record we accept: libpcap caps snapshots at 256 KiB; anything far beyond it is a damaged length. */
    static final int MAX_RECORD = 16 << 20;
    /** Bytes of the file read into the reused chunk at a time. */
    static final int CHUNK = 256 << 10;

    /** Progress is reported each time this many more bytes have been read. */
    static final long PROGRESS_STEP = 16L << 20;

    private static final int BLOCK_IDB = 1, BLOCK_OPB = 2, BLOCK_SPB = 3, BLOCK_EPB = 6;
    private static final int OPT_IF_TSRESOL = 9, OPT_IF_TSOFFSET = 14;

    /** How the file's bytes reach the reader. */
    public enum Access {
        /** Positioned reads ({@code pread}) into the reused chunk. */
        READ,
        /** Memory-mapped windows, copied into the reused chunk. */
        MAP
    }

    private final long windowSize;
    private final Access access;
    private final boolean unmapOnRelease;

    /**
     * The window read by default. Mapped pages count in the process's resident memory until the window is unmapped,
     * so a window far smaller than the largest keeps the footprint of a large capture small; 16 MiB still holds
     * tens of thousands of records, so crossing one (a map and an unmap) costs nothing measurable.
     */
    public static final long DEFAULT_WINDOW = 16L << 20;

    public CaptureReader() {
        this(Access.READ);
    }

    public CaptureReader(Access access) {
        this(DEFAULT_WINDOW, access);
    }

    /** A reader with a smaller window, to exercise window and chunk crossing on small files. */
    public CaptureReader(long windowSize, Access access) {
        this(windowSize, access, true);
    }

    /**
     * A reader whose mapped windows are left to the garbage collector when {@code unmapOnRelease} is false, the way
     * they are on Java 21, so that tests on a newer runtime exercise that path too.
     */
    CaptureReader(long windowSize, Access access, boolean unmapOnRelease) {
        if (windowSize < 64 || windowSize > MAX_WINDOW) {
            throw new IllegalArgumentException("window size must be in [64, 2^30], got " + windowSize);
        }
        this.windowSize = windowSize;
        this.access = access;
        this.unmapOnRelease = unmapOnRelease;
    }

    /** Reads every record of {@code file} into {@code consumer}. */
    public void read(Path file, PacketConsumer consumer) throws CaptureException {
        if (java.nio.file.Files.isDirectory(file)) {
            // opening a directory fails with the operating system's "No such device": say what is wrong instead
            throw new CaptureException(
                    file, "is a directory, not a capture file (give the pcap or pcapng files in it)");
        }
        try (var channel = FileChannel.open(file, StandardOpenOption.READ);
                var source = open(channel)) {
            long size = source.size;
            if (size < 4 || !source.load(0, 4)) {
                throw new CaptureFormatException(
                        file,
                        -1,
                        "not a capture: file is %d bytes, too short for a magic number (expected pcap or pcapng)"
                                .formatted(size));
            }
            int magic = Wire.i32be(source.bytes, source.at);
            Damage damage;
            long first;
            switch (magic) {
                case PCAP_MICRO, PCAP_MICRO_SWAPPED, PCAP_NANO, PCAP_NANO_SWAPPED -> {
                    damage = readPcap(source, magic, consumer);
                    first = PCAP_FILE_HEADER;
                }
                case PCAPNG_SHB -> {
                    damage = readPcapng(source, consumer);
                    first = 0;
                }
                default ->
                    throw new CaptureFormatException(
                            file,
                            magic & 0xFFFFFFFFL,
                            ("not a capture: unsupported magic 0x%08x (expected pcap a1b2c3d4, a1b23c4d or"
                                            + " byte-swapped, or pcapng 0a0d0d0a)")
                                    .formatted(magic));
            }
            if (damage != null && damage.offset <= first) {
                // Damage after good records is the usual end of a capture cut while written: counted as
                // malformed. Damage before any record leaves nothing to analyse: the file is bad input.
                throw new CaptureFormatException(
                        file,
                        magic & 0xFFFFFFFFL,
                        "not a readable capture: no %s could be read; %s"
                                .formatted(magic == PCAPNG_SHB ? "block" : "record", damage.what));
            }
            consumer.progress(size, size);
        } catch (java.nio.file.NoSuchFileException e) {
            // the exception's message is the bare path: say what is wrong with it
            throw new CaptureException(file, "no such file", e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new CaptureException(file, "permission denied: the file cannot be read", e);
        } catch (IOException e) {
            throw new CaptureException(file, "reading failed: " + e.getMessage(), e);
        }
    }

    private Source open(FileChannel channel) throws IOException {
        long size = channel.size();
        return switch (access) {
            case READ -> new Positioned(channel, size, windowSize);
            case MAP -> new Mapped(channel, size, windowSize, new WindowMapping(unmapOnRelease));
        };
    }

    /** Where reading stopped at damage that hides every record after it, and what the damage is. */
    private record Damage(long offset, String what) {}

    /** Reads every record; returns the damage that stopped reading before the end of the file, or null. */
    private static @Nullable Damage readPcap(Source w, int magic, PacketConsumer consumer) throws IOException {
        boolean little = magic == PCAP_MICRO_SWAPPED || magic == PCAP_NANO_SWAPPED;
        boolean nano = magic == PCAP_NANO || magic == PCAP_NANO_SWAPPED;
        if (!w.load(0, PCAP_FILE_HEADER)) {
            consumer.malformed(Violation.TRUNCATED_RECORD);
            return new Damage(
                    0,
                    "the %d-byte file header is cut short: the file is %d bytes".formatted(PCAP_FILE_HEADER, w.size));
        }
        // pcap(5): the upper 4 bits of the link type field carry FCS information, not the type itself
        int linkType = i32(w.bytes, w.at + 20, little) & 0x0FFFFFFF;
        long pos = PCAP_FILE_HEADER;
        long subUnitsPerSecond = nano ? 1_000_000_000L : 1_000_000L;
        long nanosPerSubUnit = nano ? 1 : 1000;
        long reported = 0;
        while (pos < w.size) {
            if (pos - reported >= PROGRESS_STEP) {
                consumer.progress(pos, w.size);
                reported = pos;
            }
            if (!w.load(pos, PCAP_RECORD_HEADER)) {
                consumer.malformed(Violation.TRUNCATED_RECORD);
                return new Damage(
                        pos,
                        "the record header at byte offset %d is cut short (expected %d bytes, the file ends at %d)"
                                .formatted(pos, PCAP_RECORD_HEADER, w.size));
            }
            long times = Wire.i64be(w.bytes, w.at);
            long lengths = Wire.i64be(w.bytes, w.at + 8);
            long seconds = i32((int) (times >>> 32), little) & 0xFFFFFFFFL;
            long fraction = i32((int) times, little) & 0xFFFFFFFFL;
            int captured = i32((int) (lengths >>> 32), little);
            int original = i32((int) lengths, little);
            if (captured < 0 || captured > MAX_RECORD) {
                // a length this wrong means the record boundaries are lost: nothing after it can be trusted
                consumer.malformed(Violation.BAD_BLOCK);
                return new Damage(
                        pos,
                        "the record at byte offset %d claims %d captured bytes (expected 0..%d)"
                                .formatted(pos, captured, MAX_RECORD));
            }
            long body = pos + PCAP_RECORD_HEADER;
            if (body + captured > w.size) {
                consumer.malformed(Violation.RECORD_BEYOND_FILE);
                return beyond("record", pos, PCAP_RECORD_HEADER + (long) captured, w.size);
            }
            if (PCAP_RECORD_HEADER + (long) captured > w.capacity) {
                consumer.malformed(Violation.RECORD_LONGER_THAN_WINDOW);
                pos = body + captured;
                continue;
            }
            if (!w.load(pos, PCAP_RECORD_HEADER + captured)) {
                consumer.malformed(Violation.RECORD_BEYOND_FILE);
                return beyond("record", pos, PCAP_RECORD_HEADER + (long) captured, w.size);
            }
            if (fraction >= subUnitsPerSecond) {
                consumer.malformed(Violation.BAD_TIMESTAMP);
            }
            long ts = seconds * 1_000_000_000L + fraction * nanosPerSubUnit;
            consumer.packet(linkType, ts, w.bytes, w.at + PCAP_RECORD_HEADER, captured, Math.max(original, captured));
            pos = body + captured;
        }
        return null;
    }

    private static Damage beyond(String unit, long pos, long length, long size) {
        return new Damage(
                pos,
                "the %s at byte offset %d is %d bytes long and would end beyond the file's end at %d"
                        .formatted(unit, pos, length, size));
    }

    /** Reads every block; returns the damage that stopped reading before the end of the file, or null. */
    private static @Nullable Damage readPcapng(Source w, PacketConsumer consumer) throws IOException {
        var interfaces = new Interfaces();
        boolean little = false;
        long pos = 0;
        long reported = 0;
        while (pos < w.size) {
            if (pos - reported >= PROGRESS_STEP) {
                consumer.progress(pos, w.size);
                reported = pos;
            }
            if (!w.load(pos, 12)) {
                consumer.malformed(Violation.TRUNCATED_RECORD);
                return new Damage(
                        pos,
                        "the block header at byte offset %d is cut short (expected 12 bytes, the file ends at %d)"
                                .formatted(pos, w.size));
            }
            int type = Wire.i32be(w.bytes, w.at);
            if (type == PCAPNG_SHB) {
                // the byte-order magic decides the order of this whole section (pcapng section 4.1)
                int bom = Wire.i32be(w.bytes, w.at + 8);
                if (bom == PCAPNG_BYTE_ORDER_MAGIC) {
                    little = false;
                } else if (Integer.reverseBytes(bom) == PCAPNG_BYTE_ORDER_MAGIC) {
                    little = true;
                } else {
                    consumer.malformed(Violation.BAD_BLOCK);
                    return new Damage(
                            pos,
                            "the section header block at byte offset %d has byte-order magic 0x%08x (expected 1a2b3c4d, either byte order)"
                                    .formatted(pos, bom));
                }
                interfaces.clear();
            } else {
                type = i32(type, little);
            }
            long length = i32(w.bytes, w.at + 4, little) & 0xFFFFFFFFL;
            if (length < 12 || (length & 3) != 0 || length > MAX_RECORD) {
                consumer.malformed(Violation.BAD_BLOCK);
                return new Damage(
                        pos,
                        "the block at byte offset %d has length %d (expected a multiple of 4, 12..%d)"
                                .formatted(pos, length, MAX_RECORD));
            }
            if (pos + length > w.size) {
                consumer.malformed(Violation.RECORD_BEYOND_FILE);
                return beyond("block", pos, length, w.size);
            }
            if (length > w.capacity) {
                consumer.malformed(Violation.RECORD_LONGER_THAN_WINDOW);
                pos += length;
                continue;
            }
            int len = (int) length;
            if (type == BLOCK_IDB || type == BLOCK_EPB || type == BLOCK_OPB || type == BLOCK_SPB) {
                if (!w.load(pos, len)) {
                    consumer.malformed(Violation.RECORD_BEYOND_FILE);
                    return beyond("block", pos, len, w.size);
                }
                byte[] b = w.bytes;
                int at = w.at;
                switch (type) {
                    case BLOCK_IDB -> interfaceDescription(b, at, len, little, interfaces);
                    case BLOCK_EPB -> enhancedPacket(b, at, len, little, interfaces, consumer);
                    case BLOCK_OPB -> obsoletePacket(b, at, len, little, interfaces, consumer);
                    default -> simplePacket(b, at, len, little, interfaces, consumer);
                }
            }
            // SHB handled above; NRB, ISB, DSB and custom blocks carry no frames and are skipped unread
            pos += length;
        }
        return null;
    }

    private static void interfaceDescription(byte[] b, int at, int len, boolean little, Interfaces ifs) {
        if (len < 20) {
            ifs.add(-1, 6, false, 0);
            return;
        }
        int linkType = u16(b, at + 8, little);
        int resolution = 6;
        boolean binary = false;
        long offsetSeconds = 0;
        int opt = at + 16;
        int end = at + len - 4;
        while (opt + 4 <= end) {
            int code = u16(b, opt, little);
            int optLen = u16(b, opt + 2, little);
            if (code == 0 || opt + 4 + optLen > end) {
                break;
            }
            if (code == OPT_IF_TSRESOL && optLen >= 1) {
                int v = b[opt + 4] & 0xFF;
                binary = (v & 0x80) != 0;
                resolution = v & 0x7F;
            } else if (code == OPT_IF_TSOFFSET && optLen >= 8) {
                offsetSeconds = little ? Wire.i64le(b, opt + 4) : Wire.i64be(b, opt + 4);
            }
            opt += 4 + ((optLen + 3) & ~3);
        }
        ifs.add(linkType, resolution, binary, offsetSeconds);
    }

    private static void enhancedPacket(
            byte[] b, int at, int len, boolean little, Interfaces ifs, PacketConsumer consumer) {
        if (len < 32) {
            consumer.malformed(Violation.TRUNCATED_RECORD);
            return;
        }
        int iface = i32(b, at + 8, little);
        long ts = ((i32(b, at + 12, little) & 0xFFFFFFFFL) << 32) | (i32(b, at + 16, little) & 0xFFFFFFFFL);
        int captured = i32(b, at + 20, little);
        int original = i32(b, at + 24, little);
        deliver(b, at + 28, len - 32, iface, ts, captured, original, ifs, consumer);
    }

    private static void obsoletePacket(
            byte[] b, int at, int len, boolean little, Interfaces ifs, PacketConsumer consumer) {
        if (len < 32) {
            consumer.malformed(Violation.TRUNCATED_RECORD);
            return;
        }
        int iface = u16(b, at + 8, little);
        long ts = ((i32(b, at + 12, little) & 0xFFFFFFFFL) << 32) | (i32(b, at + 16, little) & 0xFFFFFFFFL);
        int captured = i32(b, at + 20, little);
        int original = i32(b, at + 24, little);
        deliver(b, at + 28, len - 32, iface, ts, captured, original, ifs, consumer);
    }

    private static void simplePacket(
            byte[] b, int at, int len, boolean little, Interfaces ifs, PacketConsumer consumer) {
        if (len < 16) {
            consumer.malformed(Violation.TRUNCATED_RECORD);
            return;
        }
        // a Simple Packet Block has no timestamp and belongs to interface 0 (pcapng section 4.4)
        int original = i32(b, at + 8, little);
        int room = len - 16;
        int captured = original < 0 || original > room ? room : original;
        if (ifs.count == 0) {
            consumer.malformed(Violation.UNKNOWN_INTERFACE);
            return;
        }
        consumer.packet(ifs.linkType[0], 0, b, at + 12, captured, Math.max(original, captured));
    }

    private static void deliver(
            byte[] b,
            int data,
            int room,
            int iface,
            long ts,
            int captured,
            int original,
            Interfaces ifs,
            PacketConsumer consumer) {
        if (iface < 0 || iface >= ifs.count) {
            consumer.malformed(Violation.UNKNOWN_INTERFACE);
            return;
        }
        if (captured < 0 || captured > room) {
            consumer.malformed(Violation.TRUNCATED_RECORD);
            return;
        }
        long nanos = ifs.toNanos(iface, ts);
        if (nanos == Long.MIN_VALUE) {
            consumer.malformed(Violation.BAD_TIMESTAMP);
            nanos = 0;
        }
        consumer.packet(ifs.linkType[iface], nanos, b, data, captured, Math.max(original, captured));
    }

    private static int i32(byte[] b, int index, boolean little) {
        return little ? Wire.i32le(b, index) : Wire.i32be(b, index);
    }

    private static int i32(int bigEndian, boolean little) {
        return little ? Integer.reverseBytes(bigEndian) : bigEndian;
    }

    private static int u16(byte[] b, int index, boolean little) {
        return little ? Wire.u16le(b, index) : Wire.u16be(b, index);
    }

    /** The interfaces of the current pcapng section: link type and timestamp resolution of each. */
    private static final class Interfaces {
        int count;
        int[] linkType = new int[4];
        long[] unitsPerSecond = new long[4];
        int[] binaryShift = new int[4];
        long[] offsetSeconds = new long[4];

        void clear() {
            count = 0;
        }

        void add(int type, int resolution, boolean binary, long offset) {
            if (count == linkType.length) {
                linkType = java.util.Arrays.copyOf(linkType, count * 2);
                unitsPerSecond = java.util.Arrays.copyOf(unitsPerSecond, count * 2);
                binaryShift = java.util.Arrays.copyOf(binaryShift, count * 2);
                offsetSeconds = java.util.Arrays.copyOf(offsetSeconds, count * 2);
            }
            linkType[count] = type;
            // if_tsresol (pcapng 4.2): MSB clear = 10^-n seconds, MSB set = 2^-n seconds
            if (binary) {
                binaryShift[count] = Math.min(resolution, 63);
                unitsPerSecond[count] = 0;
            } else {
                binaryShift[count] = -1;
                unitsPerSecond[count] = resolution <= 18 ? pow10(resolution) : -1;
            }
            offsetSeconds[count] = offset;
            count++;
        }

        /** Nanoseconds since the epoch, or Long.MIN_VALUE when the value cannot be represented. */
        long toNanos(int iface, long ts) {
            long seconds;
            long nanos;
            int shift = binaryShift[iface];
            if (shift >= 0) {
                seconds = shift == 0 ? ts : ts >>> shift;
                long frac = shift == 0 ? 0 : ts & ((1L << shift) - 1);
                // frac < 2^shift; scaling frac down to 33 bits first keeps frac * 1e9 below 2^63
                nanos = shift <= 33
                        ? (frac * 1_000_000_000L) >>> shift
                        : ((frac >>> (shift - 33)) * 1_000_000_000L) >>> 33;
            } else {
                long units = unitsPerSecond[iface];
                if (units <= 0) {
                    return Long.MIN_VALUE;
                }
                seconds = Long.divideUnsigned(ts, units);
                long frac = Long.remainderUnsigned(ts, units);
                nanos = units >= 1_000_000_000L ? frac / (units / 1_000_000_000L) : frac * (1_000_000_000L / units);
            }
            seconds += offsetSeconds[iface];
            if (seconds < 0 || seconds > Long.MAX_VALUE / 1_000_000_000L - 1) {
                return Long.MIN_VALUE;
            }
            return seconds * 1_000_000_000L + nanos;
        }

        private static long pow10(int n) {
            long v = 1;
            for (int i = 0; i < n; i++) {
                v *= 10;
            }
            return v;
        }
    }

    /**
     * The file's bytes a chunk at a time. {@link #load} makes a range readable in {@link #bytes} from {@link #at};
     * the subclasses say where a chunk's bytes come from.
     */
    private abstract static sealed class Source implements AutoCloseable permits Positioned, Mapped {
        final FileChannel channel;
        final long size;
        /** The window: longest range {@link #load} reads whole. */
        final long capacity;

        /**
         * A copy of the file's bytes from {@code chunkStart} on, refilled a chunk at a time: one refill serves a few
         * thousand records.
         */
        final byte[] chunk;

        private long chunkStart;
        private int chunkLength;
        /** A range longer than a chunk, read into an array of its own, grown on demand and then reused. */
        private byte[] large = new byte[0];

        /** Where {@link #load} found the bytes: {@code bytes[at]} is the byte at the position asked for. */
        byte[] bytes;

        int at;

        Source(FileChannel channel, long size, long capacity, int chunkSize) {
            this.channel = channel;
            this.size = size;
            this.capacity = capacity;
            this.chunk = new byte[chunkSize];
            this.bytes = chunk;
        }

        /**
         * Makes {@code [pos, pos+length)} readable in {@link #bytes} from {@link #at}: in the current chunk when it
         * lies there, else in the chunk refilled from {@code pos}, else (longer than a chunk) in an array of its own.
         * False when it runs past the end of the file, is longer than the window, or the file ended early.
         */
        final boolean load(long pos, int length) throws IOException {
            if (pos >= chunkStart && pos + length <= chunkStart + chunkLength) {
                bytes = chunk;
                at = (int) (pos - chunkStart);
                return true;
            }
            if (pos < 0 || length < 0 || pos + length > size || length > capacity) {
                return false;
            }
            if (length > chunk.length) {
                if (length > large.length) {
                    large = new byte[Math.max(length, Math.min(MAX_RECORD, large.length * 2))];
                }
                if (fill(pos, large, length, length) < length) {
                    return false;
                }
                bytes = large;
                at = 0;
                return true;
            }
            int filled = fill(pos, chunk, length, (int) Math.min(chunk.length, size - pos));
            chunkStart = pos;
            chunkLength = filled;
            if (filled < length) {
                return false;
            }
            bytes = chunk;
            at = 0;
            return true;
        }

        /**
         * Copies the file's bytes from {@code pos} into {@code dst} from index 0, at least {@code needed} and at most
         * {@code wanted} of them, and returns how many it copied: fewer than {@code needed} only when the file ended
         * early (it shrank while being read).
         */
        abstract int fill(long pos, byte[] dst, int needed, int wanted) throws IOException;

        /** Releases what the source holds beyond the channel, which the caller closes. */
        @Override
        public abstract void close();
    }

    /** Positioned reads: the kernel copies the file's bytes into the chunk, no page of the file is mapped. */
    private static final class Positioned extends Source {
        private final ByteBuffer chunkBuffer;

        Positioned(FileChannel channel, long size, long capacity) {
            // a chunk no longer than the window, so that a small window exercises chunk crossing as it does when mapped
            super(channel, size, capacity, (int) Math.min(CHUNK, capacity));
            this.chunkBuffer = ByteBuffer.wrap(chunk);
        }

        @Override
        int fill(long pos, byte[] dst, int needed, int wanted) throws IOException {
            // the chunk's buffer is kept; a range longer than a chunk is rare enough to wrap its array each time
            var buffer = dst == chunk ? chunkBuffer.clear().limit(wanted) : ByteBuffer.wrap(dst, 0, wanted);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, pos + buffer.position()) < 0) {
                    break;
                }
            }
            return buffer.position();
        }

        @Override
        public void close() {
            // nothing held beyond the channel, which the caller closes
        }
    }

    /** Mapped windows: the chunk is copied out of the window mapped around the position asked for. */
    private static final class Mapped extends Source {
        private final WindowMapping mapping;
        private long base;
        private ByteBuffer window;

        Mapped(FileChannel channel, long size, long capacity, WindowMapping mapping) throws IOException {
            super(channel, size, capacity, CHUNK);
            this.mapping = mapping;
            this.window = mapping.map(channel, 0, Math.min(capacity, size));
        }

        @Override
        int fill(long pos, byte[] dst, int needed, int wanted) throws IOException {
            // a window starting at pos holds any range load accepts, which is no longer than the window
            if (pos < base || pos + needed > base + window.limit()) {
                window = mapping.map(channel, pos, Math.min(capacity, size - pos));
                base = pos;
            }
            int n = (int) Math.min(wanted, base + window.limit() - pos);
            window.get((int) (pos - base), dst, 0, n);
            return n;
        }

        @Override
        public void close() {
            mapping.release();
        }
    }
}
