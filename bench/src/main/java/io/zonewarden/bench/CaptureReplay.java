package io.zonewarden.bench;

import io.zonewarden.capture.CaptureException;
import io.zonewarden.capture.pcap.CaptureReader;
import io.zonewarden.capture.pcap.PacketConsumer;
import io.zonewarden.capture.wire.Violation;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a large capture for the speed benchmarks by replaying real captures over and over: every pass shifts the
 * IPv4 addresses (second octet plus the pass number, header checksum recomputed) and the timestamps, so that each
 * pass adds new flows as a larger plant would. Only Ethernet frames are replayed, into a classic microsecond pcap.
 *
 * <p>Usage: {@code CaptureReplay OUT.pcap SIZE_MB CAPTURE_DIR}
 */
public final class CaptureReplay {

    private CaptureReplay() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CaptureReplay OUT.pcap SIZE_MB CAPTURE_DIR");
            System.exit(2);
        }
        var out = Path.of(args[0]);
        long target = Long.parseLong(args[1]) << 20;
        List<Path> inputs;
        try (Stream<Path> files = Files.walk(Path.of(args[2]))) {
            inputs = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(pcap|pcapng|cap)$"))
                    .sorted()
                    .toList();
        }
        try (var stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            var writer = new Writer(stream);
            for (int pass = 0; writer.written < target; pass++) {
                long before = writer.written;
                for (var input : inputs) {
                    writer.startFile(pass);
                    try {
                        new CaptureReader().read(input, writer);
                    } catch (CaptureException e) {
                        // not a capture, or unreadable: the benchmark replays what can be read
                    }
                    if (writer.written >= target) break;
                }
                if (writer.written == before) throw new IllegalStateException("no Ethernet frames in " + args[2]);
            }
            System.err.printf("wrote %s: %d frames, %d MiB%n", out, writer.frames, writer.written >> 20);
        }
    }

    /** Writes the Ethernet frames it is given, shifted by the current pass. */
    private static final class Writer implements PacketConsumer {
        private final OutputStream out;
        private final byte[] frame = new byte[262_144 + 16];
        private final ByteBuffer header = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        private long written = 24;
        private long frames;
        private int pass;
        private long clock = 1_700_000_000_000_000L; // microseconds: where the next file starts
        private long fileStart = -1;
        private long last;

        Writer(OutputStream out) throws IOException {
            this.out = out;
            var global = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            global.putInt(0xa1b2c3d4)
                    .putShort((short) 2)
                    .putShort((short) 4)
                    .putInt(0)
                    .putInt(0)
                    .putInt(262_144)
                    .putInt(1);
            out.write(global.array());
        }

        void startFile(int pass) {
            this.pass = pass;
            clock = Math.max(clock, last) + 1_000_000;
            fileStart = -1;
        }

        @Override
        public void packet(int linkType, long timestampNanos, byte[] buf, int offset, int captured, int original) {
            if (linkType != 1 || captured < 14) return;
            long micros = timestampNanos / 1_000;
            if (fileStart < 0) fileStart = micros;
            long ts = clock + Math.max(0, micros - fileStart);
            last = Math.max(last, ts);
            System.arraycopy(buf, offset, frame, 0, captured);
            shiftIpv4(captured);
            header.clear();
            header.putInt((int) (ts / 1_000_000))
                    .putInt((int) (ts % 1_000_000))
                    .putInt(captured)
                    .putInt(original);
            try {
                out.write(header.array());
                out.write(frame, 0, captured);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written += 16 + captured;
            frames++;
        }

        /** Adds the pass number to the second octet of both IPv4 addresses (after up to two VLAN tags). */
        private void shiftIpv4(int length) {
            int type = 12;
            int etherType = ((frame[type] & 0xFF) << 8) | (frame[type + 1] & 0xFF);
            while ((etherType == 0x8100 || etherType == 0x88A8) && type + 6 <= length) {
                type += 4;
                etherType = ((frame[type] & 0xFF) << 8) | (frame[type + 1] & 0xFF);
            }
            int ip = type + 2;
            if (etherType != 0x0800 || ip + 20 > length || (frame[ip] & 0xF0) != 0x40) return;
            int headerLength = (frame[ip] & 0x0F) * 4;
            if (headerLength < 20 || ip + headerLength > length) return;
            frame[ip + 13] = (byte) (frame[ip + 13] + pass);
            frame[ip + 17] = (byte) (frame[ip + 17] + pass);
            frame[ip + 10] = 0;
            frame[ip + 11] = 0;
            int sum = 0;
            for (int i = 0; i < headerLength; i += 2) sum += ((frame[ip + i] & 0xFF) << 8) | (frame[ip + i + 1] & 0xFF);
            while ((sum >>> 16) != 0) sum = (sum & 0xFFFF) + (sum >>> 16);
            sum = ~sum & 0xFFFF;
            frame[ip + 10] = (byte) (sum >>> 8);
            frame[ip + 11] = (byte) sum;
        }

        @Override
        public void malformed(Violation violation) {
            // damaged records are left out of the replay
        }
    }
}
