package io.zonewarden.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1970-01-01T00:00:00Z",
                "1970-01-01T00:00:00.000000001Z",
                "2000-02-29T23:59:59.999999999Z",
                "2024-05-01T10:00:00.100Z",
                "2024-05-01T10:00:00.000100Z",
                "2024-05-01T10:00:00.123456Z",
                "2024-12-31T23:59:59.120Z",
                "9999-12-31T23:59:59.999Z",
                "+10000-01-01T00:00:00Z",
                "1969-12-31T23:59:59.500Z",
                "-0001-01-01T00:00:00Z"
            })
    void writesWhatInstantWrites(String text) {
        var instant = Instant.parse(text);
        assertThat(IsoInstant.format(instant)).isEqualTo(instant.toString());
    }

    @Test
    void agreesWithInstantOverTheCaptureYears() {
        var random = new SplittableRandom(62443);
        for (int i = 0; i < 200_000; i++) {
            // most draws in the years captures come from (1970 to 2100), the rest anywhere up to 9999
            long seconds = i % 8 == 0 ? random.nextLong(0, 253_402_300_800L) : random.nextLong(0, 4_102_444_800L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            var instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(IsoInstant.format(instant)).isEqualTo(instant.toString());
        }
    }

    @Test
    void writesIntoABufferWithoutAllocatingAndLeavesOutOfRangeInstantsToTheJdk() {
        var buffer = new IsoInstant.Buffer();
        int n = buffer.format(Instant.parse("2024-02-29T12:34:56.789Z"));
        assertThat(new String(buffer.text, 0, n)).isEqualTo("2024-02-29T12:34:56.789Z");
        assertThat(buffer.format(Instant.parse("1969-12-31T23:59:59Z"))).isEqualTo(-1);
        assertThat(buffer.format(Instant.parse("+10000-01-01T00:00:00Z"))).isEqualTo(-1);
    }

    @Test
    void aBufferReusedForInstantsInAnyOrderWritesEachAsInstantDoes() {
        // the buffer keeps the date of the last day it wrote: same day, next day, back again, far away, out of range
        var random = new SplittableRandom(2404);
        var buffer = new IsoInstant.Buffer();
        long base = 1_714_557_600L; // 2024-05-01T10:00:00Z
        for (int i = 0; i < 100_000; i++) {
            long seconds = switch (i % 5) {
                case 0 -> base + random.nextLong(86_400);
                case 1 -> base + random.nextLong(-3 * 86_400L, 3 * 86_400L);
                case 2 -> random.nextLong(0, 253_402_300_800L);
                case 3 -> random.nextInt(10) == 0 ? -1 - random.nextLong(1_000_000) : base;
                default -> base + 86_399;
            };
            var instant = Instant.ofEpochSecond(seconds, random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000_000));
            int n = buffer.format(instant);
            if (seconds < 0) {
                assertThat(n).isEqualTo(-1);
            } else {
                assertThat(new String(buffer.text, 0, n)).isEqualTo(instant.toString());
            }
        }
    }
}
