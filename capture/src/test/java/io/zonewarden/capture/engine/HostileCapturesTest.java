package io.zonewarden.capture.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.zonewarden.capture.CaptureException;
import io.zonewarden.capture.pcap.CaptureReader;
import io.zonewarden.capture.pcap.PacketConsumer;
import io.zonewarden.capture.wire.Violation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every frame of every committed capture, damaged in several ways (cut short, bytes overwritten, header fields
 * scrambled), goes through decoding, reassembly and all dissectors without an exception.
 */
class HostileCapturesTest {

    static Stream<String> captures() throws IOException, URISyntaxException {
        var root = Path.of(HostileCapturesTest.class
                        .getResource("/captures/expected.tsv")
                        .toURI())
                .getParent();
        try (var files = Files.walk(root)) {
            return files
                    .filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng"))
                    .map(p -> root.relativize(p).toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private record Frame(int linkType, byte[] bytes) {}

    private static List<Frame> frames(String name) throws CaptureException, URISyntaxException {
        var root = Path.of(HostileCapturesTest.class
                        .getResource("/captures/expected.tsv")
                        .toURI())
                .getParent();
        var frames = new ArrayList<Frame>();
        new CaptureReader().read(root.resolve(name), new PacketConsumer() {
            @Override
            public void packet(int linkType, long ts, byte[] buf, int offset, int captured, int original) {
                frames.add(new Frame(linkType, java.util.Arrays.copyOfRange(buf, offset, offset + captured)));
            }

            @Override
            public void malformed(Violation violation) {}
        });
        return frames;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void givenDamagedFramesOfARealCapture_whenAnalysed_thenNoException(String name) throws Exception {
        var frames = frames(name);
        assertThat(frames).isNotEmpty();
        var random = new SplittableRandom(name.hashCode());
        var engine = new Engine();
        for (int round = 0; round < 4; round++) {
            for (var frame : frames) {
                byte[] bytes = frame.bytes().clone();
                int length = bytes.length;
                switch (round) {
                    case 0 -> length = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1); // cut short
                    case 1 -> { // a few bytes anywhere
                        for (int i = 0; i < 3 && bytes.length > 0; i++) {
                            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                        }
                    }
                    case 2 -> { // the headers: lengths, flags, ports, sequence numbers
                        for (int i = 0; i < Math.min(bytes.length, 80); i++) {
                            if (random.nextInt(8) == 0) {
                                bytes[i] = (byte) random.nextInt(256);
                            }
                        }
                    }
                    default -> { // the payload after the headers
                        for (int i = 54; i < bytes.length; i++) {
                            if (random.nextInt(4) == 0) {
                                bytes[i] = (byte) random.nextInt(256);
                            }
                        }
                    }
                }
                var buf = java.util.Arrays.copyOf(bytes, length); // exactly the frame: a read past its end fails
                int captured = length;
                assertThatCode(() -> engine.packet(frame.linkType(), 0, buf, 0, captured, bytes.length))
                        .as("%s round %d", name, round)
                        .doesNotThrowAnyException();
            }
        }
        assertThat(engine.packets()).isEqualTo(4L * frames.size());
    }
}
