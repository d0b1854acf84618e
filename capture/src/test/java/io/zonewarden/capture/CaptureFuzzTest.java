package io.zonewarden.capture;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.zonewarden.capture.dissect.Dissect;
import io.zonewarden.capture.engine.Engine;
import io.zonewarden.capture.link.Packet;
import io.zonewarden.capture.pcap.CaptureReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes the reader, the link decoder, TCP reassembly and every dissector: no input may raise anything but a {@link
 * CaptureFormatException} (for a file that is not a capture). The first byte picks the target.
 *
 * <p>The module's build sets {@code JAZZER_FUZZ=1}, so {@code mvn verify} replays the seeds in {@code
 * CaptureFuzzTestInputs} and then fuzzes for a short budget (20 s). For a long run (one hour), {@link CaptureLongFuzzIT}: {@code
 * mvn -pl capture test-compile surefire:test@fuzz -Dtest=CaptureLongFuzzIT}. Without {@code JAZZER_FUZZ} only the seeds are replayed.
 * Findings are written next to the seeds, the generated corpus to {@code .cifuzz-corpus}.
 */
class CaptureFuzzTest {
    private static final int[] LINK_TYPES = {1, 113, 276, 101, 228, 229, 0, 108, 147};
    private static final int[] TCP_PORTS = {502, 102, 20000, 44818, 2404, 4840, 1883, 443, 80, 12001};
    private static final int[] UDP_PORTS = {47808, 20000, 44818, 2222, 53};
    private static final Path FILE = tempFile();

    private static Path tempFile() {
        try {
            var file = Files.createTempFile("fuzz", ".pcap");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "20s")
    void givenArbitraryBytes_whenReadDecodedAndDissected_thenNothingThrows(byte[] input) throws Exception {
        fuzzOne(input);
    }

    static void fuzzOne(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        int selector = input[0] & 0xFF;
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        int choice = selector >>> 2;
        switch (selector & 3) {
            case 0 -> Dissect.run(Dissect.PROTOCOLS[choice % Dissect.PROTOCOLS.length], body);
            case 1 -> {
                var engine = new Engine();
                engine.packet(LINK_TYPES[choice % LINK_TYPES.length], 0, body, 0, body.length, body.length);
                Analyzer.result(List.of(), engine, List.of());
            }
            case 2 -> stream(choice, body);
            default -> {
                Files.write(FILE, body);
                try {
                    // positioned reads, then mapped windows small enough for records to cross them
                    Analyzer.analyze(List.of(FILE));
                    new Analyzer(new CaptureReader(64 + (choice & 0x3F) * 16, CaptureReader.Access.MAP))
                            .run(List.of(FILE), ProgressListener.NONE);
                } catch (CaptureFormatException expected) {
                    // a file that is not a capture is the one failure the reader reports
                }
            }
        }
    }

    /** The body as TCP segments (cut where its first bytes say) to a protocol's port, or as one UDP datagram. */
    private static void stream(int choice, byte[] body) {
        var engine = new Engine();
        if ((choice & 1) == 1) {
            int port = UDP_PORTS[(choice >>> 1) % UDP_PORTS.length];
            feed(engine, TestFrames.udpFrame(true, 40000, port, body));
        } else {
            int port = TCP_PORTS[(choice >>> 1) % TCP_PORTS.length];
            feed(engine, TestFrames.tcpFrame(true, 40000, port, 1, 1, Packet.SYN, new byte[0]));
            int cut = body.length == 0 ? 0 : (body[0] & 0xFF) % (body.length + 1);
            feed(engine, TestFrames.tcpFrame(true, 40000, port, 2, 1, Packet.ACK, Arrays.copyOf(body, cut)));
            feed(engine, TestFrames.tcpFrame(false, 40000, port, 1, 2 + cut, Packet.ACK, Arrays.copyOf(body, cut)));
            feed(
                    engine,
                    TestFrames.tcpFrame(
                            true, 40000, port, 2 + cut, 1, Packet.ACK, Arrays.copyOfRange(body, cut, body.length)));
        }
        Analyzer.result(List.of(), engine, List.of());
    }

    private static void feed(Engine engine, byte[] frame) {
        engine.packet(1, 0, frame, 0, frame.length, frame.length);
    }
}
