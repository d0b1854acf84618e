package io.zonewarden.bench;

import io.zonewarden.capture.CaptureException;
import io.zonewarden.capture.engine.Engine;
import io.zonewarden.capture.pcap.CaptureReader;
import io.zonewarden.capture.pcap.PacketConsumer;
import io.zonewarden.capture.wire.Violation;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-packet path of the capture engine: link, network and transport decoding, flow lookup, reassembly and the
 * dissectors, on the frames of real captures replayed into one engine whose flows are already established. Every
 * pass moves each TCP stream's sequence and acknowledgement numbers on by the bytes the stream carried in one pass,
 * so a replayed segment is new data to the engine, not a retransmission it would skip. Run with the GC profiler to
 * see the allocation per packet, which should be none in this steady state:
 * {@code java -jar bench/target/benchmarks.jar PacketPathBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PacketPathBenchmark {

    /** Frames per invocation: each call replays this many frames, so ops/s is packets/s. */
    static final int FRAMES = 100_000;

    @Param({
        "modbus/modbus_test_data_part1.pcap",
        "s7comm/s7comm_clean.pcap",
        "dnp3/dnp3_test_data_part2.pcap",
        "enip/enip_test.pcap",
        "iec104/090813_diverse.pcap",
        "opcua/python_opcua-client-server_minimal.pcap"
    })
    String capture;

    /** Where the committed test captures are, relative to the project. */
    @Param({"capture/src/test/resources/captures"})
    String directory;

    private ByteBuffer frames;
    private int[] offsets;
    private int[] lengths;
    private int[] linkTypes;
    private long[] times;
    private int[] seqAt; // index of the TCP sequence number in frames, or -1 for a frame without TCP
    private long[] streamBytes; // per frame: sequence space its direction uses in one pass
    private long[] reverseBytes; // per frame: the same for the opposite direction, which its ACK counts
    private long[] seq, ack;
    private Engine engine;
    private long clock;
    private long pass;

    @Setup(Level.Trial)
    public void load() throws CaptureException {
        var copies = new ArrayList<byte[]>();
        var types = new ArrayList<Integer>();
        var stamps = new ArrayList<Long>();
        new CaptureReader().read(Path.of(directory, capture), new PacketConsumer() {
            @Override
            public void packet(int linkType, long ts, byte[] buf, int offset, int captured, int original) {
                var copy = java.util.Arrays.copyOfRange(buf, offset, offset + captured);
                copies.add(copy);
                types.add(linkType);
                stamps.add(ts);
            }

            @Override
            public void malformed(Violation violation) {}
        });
        int total = copies.stream().mapToInt(b -> b.length).sum();
        frames = ByteBuffer.allocate(total); // the reader hands frames over as heap arrays too
        offsets = new int[copies.size()];
        lengths = new int[copies.size()];
        linkTypes = new int[copies.size()];
        times = new long[copies.size()];
        for (int i = 0; i < copies.size(); i++) {
            offsets[i] = frames.position();
            lengths[i] = copies.get(i).length;
            linkTypes[i] = types.get(i);
            times[i] = stamps.get(i);
            frames.put(copies.get(i));
        }
        tcp();
        engine = new Engine();
        clock = times.length == 0 ? 0 : times[0];
        replay(); // establish the flows: what follows is the steady state
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public long packets() {
        return replay();
    }

    private long replay() {
        int n = offsets.length;
        for (int done = 0; done < FRAMES; done++) {
            int i = done % n;
            if (i == 0) pass++;
            if (seqAt[i] >= 0) {
                frames.putInt(seqAt[i], (int) (seq[i] + pass * streamBytes[i]));
                frames.putInt(seqAt[i] + 4, (int) (ack[i] + pass * reverseBytes[i]));
            }
            clock += 1_000;
            engine.packet(linkTypes[i], clock, frames.array(), offsets[i], lengths[i], lengths[i]);
        }
        return engine.packets();
    }

    /** Finds each frame's TCP header (Ethernet, up to two VLAN tags, IPv4) and how far its stream moves per pass. */
    private void tcp() {
        int n = offsets.length;
        seqAt = new int[n];
        streamBytes = new long[n];
        reverseBytes = new long[n];
        seq = new long[n];
        ack = new long[n];
        var keys = new String[n];
        var reverse = new String[n];
        var sums = new java.util.HashMap<String, Long>();
        for (int i = 0; i < n; i++) {
            seqAt[i] = -1;
            int o = offsets[i];
            int end = o + lengths[i];
            if (linkTypes[i] != 1 || lengths[i] < 54) continue;
            int type = o + 12;
            int etherType = frames.getShort(type) & 0xFFFF;
            while ((etherType == 0x8100 || etherType == 0x88A8) && type + 6 <= end) {
                type += 4;
                etherType = frames.getShort(type) & 0xFFFF;
            }
            int ip = type + 2;
            if (etherType != 0x0800 || ip + 20 > end || (frames.get(ip) & 0xF0) != 0x40 || frames.get(ip + 9) != 6) {
                continue;
            }
            int ipHeader = (frames.get(ip) & 0x0F) * 4;
            int tcp = ip + ipHeader;
            if (tcp + 20 > end) continue;
            int tcpHeader = ((frames.get(tcp + 12) & 0xF0) >>> 4) * 4;
            int ipTotal = frames.getShort(ip + 2) & 0xFFFF;
            int payload = Math.max(0, Math.min(end, ip + ipTotal) - tcp - tcpHeader);
            int flags = frames.get(tcp + 13);
            String src = frames.getInt(ip + 12) + ":" + (frames.getShort(tcp) & 0xFFFF);
            String dst = frames.getInt(ip + 16) + ":" + (frames.getShort(tcp + 2) & 0xFFFF);
            keys[i] = src + ">" + dst;
            reverse[i] = dst + ">" + src;
            seqAt[i] = tcp + 4;
            seq[i] = frames.getInt(tcp + 4) & 0xFFFF_FFFFL;
            ack[i] = frames.getInt(tcp + 8) & 0xFFFF_FFFFL;
            long used = payload + ((flags & 0x03) != 0 ? 1 : 0); // SYN and FIN take one sequence number each
            sums.merge(keys[i], used, Long::sum);
        }
        for (int i = 0; i < n; i++) {
            if (seqAt[i] < 0) continue;
            streamBytes[i] = sums.getOrDefault(keys[i], 0L);
            reverseBytes[i] = sums.getOrDefault(reverse[i], 0L);
        }
    }
}
