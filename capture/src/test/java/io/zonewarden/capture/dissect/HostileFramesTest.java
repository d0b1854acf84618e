package io.zonewarden.capture.dissect;

import static io.zonewarden.capture.dissect.Dissect.hex;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every prefix and every single-byte corruption of every captured frame is dissected without an exception. The bytes
 * sit in a buffer of exactly their size, so a read outside {@code [offset, offset + available)} would throw.
 */
class HostileFramesTest {

    static Stream<Arguments> frames() {
        var cases = new ArrayList<Arguments>();
        Frames.all().forEach((protocol, frames) -> {
            for (int i = 0; i < frames.size(); i++) {
                cases.add(Arguments.of(protocol + "#" + i, protocol, frames.get(i)));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void givenEveryPrefix_whenDissected_thenNoException(String name, String protocol, String frame) {
        byte[] bytes = hex(frame);
        for (int length = 0; length <= bytes.length; length++) {
            byte[] prefix = java.util.Arrays.copyOf(bytes, length);
            assertThatCode(() -> Dissect.run(protocol, prefix))
                    .as("%s prefix of %d bytes", name, prefix.length)
                    .doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void givenEverySingleByteCorruption_whenDissected_thenNoException(String name, String protocol, String frame) {
        byte[] bytes = hex(frame);
        // every value at every position for short frames; for long ones the values that break lengths and flags
        List<Integer> values = new ArrayList<>();
        if (bytes.length <= 128) {
            for (int v = 0; v < 256; v++) {
                values.add(v);
            }
        } else {
            values.addAll(List.of(0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF));
        }
        for (int at = 0; at < bytes.length; at++) {
            for (int value : values) {
                byte[] corrupt = bytes.clone();
                corrupt[at] = (byte) value;
                int position = at;
                assertThatCode(() -> Dissect.run(protocol, corrupt))
                        .as("%s with byte %d set to 0x%02x", name, position, value)
                        .doesNotThrowAnyException();
            }
        }
    }
}
