package io.zonewarden.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.capture.FunctionCount;
import io.zonewarden.capture.ObservedFlow;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

/** The flows written as raw lines are byte for byte what the generator writes for them, in either kind of output. */
class FlowLineTest {

    /** The flows list of a document, each flow written the way {@code way} says. */
    private interface Way {
        void write(JsonGenerator json, ObservedFlow flow);
    }

    private static final Way JACKSON = (json, flow) -> AnalyzeCommand.writeFlow(json, flow, new IsoInstant.Buffer());

    private static Way lines(List<Boolean> used) {
        var line = new FlowLine();
        return (json, flow) -> {
            boolean set = line.set(flow);
            used.add(set);
            if (set) {
                json.writeRawValue(line);
            } else {
                AnalyzeCommand.writeFlow(json, flow, new IsoInstant.Buffer());
            }
        };
    }

    private static void document(JsonGenerator json, List<ObservedFlow> flows, Way way) {
        json.writeStartObject();
        json.writeNumberProperty("packets", 1);
        json.writeArrayPropertyStart("flows");
        for (var flow : flows) way.write(json, flow);
        json.writeEndArray();
        json.writeArrayPropertyStart("alerts");
        json.writeEndArray();
        json.writeEndObject();
    }

    /** {@code values}: the generator that can also write whole objects, as analyze uses with a model. */
    private static String bytes(List<ObservedFlow> flows, Way way, boolean values) {
        var out = new ByteArrayOutputStream();
        try (var json = JsonLayout.lists(out, values)) {
            document(json, flows, way);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String chars(List<ObservedFlow> flows, Way way) {
        var out = new StringWriter();
        try (var json = JsonLayout.lists(out, false)) {
            document(json, flows, way);
        }
        return out.toString();
    }

    private static final String[] PLAIN = {"tcp", "udp", "192.168.0.20", "fe80::200:f8ff:fe21:67cf", "modbus", ""};
    /** Texts JSON escapes or writes as more than one byte: these flows go the generator's way. */
    private static final String[] SPECIAL = {"a\"b", "back\\slash", "tab\there", "nul\u0000", "caf\u00e9", "\u2028"};

    private static String text(SplittableRandom random, boolean special) {
        if (special && random.nextInt(4) == 0) return SPECIAL[random.nextInt(SPECIAL.length)];
        if (random.nextBoolean()) return PLAIN[random.nextInt(PLAIN.length)];
        var s = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) s.append((char) random.nextInt(0x20, 0x7F)); // printable ASCII, quotes included
        return s.toString();
    }

    private static long number(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> random.nextInt(10);
            case 2 -> random.nextInt(1 << 16);
            case 3 -> Integer.MAX_VALUE - random.nextInt(3);
            case 4 -> random.nextLong(Integer.MAX_VALUE + 1L, Long.MAX_VALUE);
            default -> random.nextInt();
        };
    }

    private static Instant instant(SplittableRandom random) {
        long seconds = random.nextInt(20) == 0 ? -random.nextLong(1, 1L << 40) : random.nextLong(0, 4_102_444_800L);
        int nanos = switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            default -> random.nextInt(1_000_000_000);
        };
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static ObservedFlow flow(SplittableRandom random, boolean special) {
        var functions = new ArrayList<FunctionCount>();
        for (int i = random.nextInt(4); i > 0; i--) {
            functions.add(new FunctionCount(
                    text(random, special),
                    (int) number(random),
                    text(random, special),
                    text(random, special),
                    number(random)));
        }
        Map<String, Long> malformed = new HashMap<>();
        if (random.nextInt(4) == 0) {
            for (int i = random.nextInt(1, 4); i > 0; i--) malformed.put(text(random, special), number(random));
        }
        var topics = new HashSet<String>();
        if (random.nextInt(10) == 0) topics.add("plant/line-1/" + random.nextInt(10));
        int etherType = random.nextInt(5) == 0 ? random.nextInt(0x10000) : 0;
        return new ObservedFlow(
                text(random, special),
                text(random, special),
                (int) number(random),
                text(random, special),
                (int) number(random),
                etherType,
                instant(random),
                instant(random),
                number(random),
                number(random),
                number(random),
                number(random),
                text(random, special),
                functions,
                malformed,
                topics,
                number(random),
                number(random));
    }

    @Test
    void writesTheGeneratorsBytesForEveryFlowItTakes() {
        var random = new SplittableRandom(62443);
        var flows = new ArrayList<ObservedFlow>();
        for (int i = 0; i < 5000; i++) flows.add(flow(random, i % 3 == 0));
        var used = new ArrayList<Boolean>();

        assertThat(bytes(flows, lines(used), false)).isEqualTo(bytes(flows, JACKSON, false));
        assertThat(bytes(flows, lines(new ArrayList<>()), true)).isEqualTo(bytes(flows, JACKSON, true));
        assertThat(chars(flows, lines(new ArrayList<>()))).isEqualTo(chars(flows, JACKSON));
        // both ways were taken, so both were compared
        assertThat(used).contains(true, false);
    }

    @Test
    void takesAnOrdinaryFlowAndLeavesTheOthersToTheGenerator() {
        var ordinary = new ObservedFlow(
                "tcp",
                "10.0.0.1",
                49152,
                "10.0.0.2",
                502,
                0,
                Instant.parse("2024-05-01T10:00:00.123456Z"),
                Instant.parse("2024-05-01T10:00:01Z"),
                12,
                1200,
                12,
                1500,
                "modbus",
                List.of(new FunctionCount("modbus", 3, "read_holding_registers", "read", 12)),
                Map.of("tcp_gap", 1L),
                java.util.Set.of(),
                1,
                24);
        var line = new FlowLine();
        assertThat(line.set(ordinary)).isTrue();
        assertThat(line.getValue())
                .isEqualTo("{\"transport\":\"tcp\",\"client\":\"10.0.0.1\",\"clientPort\":49152,"
                        + "\"server\":\"10.0.0.2\",\"serverPort\":502,\"protocol\":\"modbus\","
                        + "\"firstSeen\":\"2024-05-01T10:00:00.123456Z\",\"lastSeen\":\"2024-05-01T10:00:01Z\","
                        + "\"firstFrame\":1,\"lastFrame\":24,\"packetsToServer\":12,\"bytesToServer\":1200,"
                        + "\"packetsToClient\":12,\"bytesToClient\":1500,\"functions\":[{\"protocol\":\"modbus\","
                        + "\"code\":3,\"name\":\"read_holding_registers\",\"access\":\"read\",\"count\":12}],"
                        + "\"malformed\":{\"tcp_gap\":1}}");

        assertThat(line.set(withClient(ordinary, "caf\u00e9"))).isFalse();
        assertThat(line.set(withClient(ordinary, "quote\""))).isFalse();
        assertThat(line.set(withClient(ordinary, "line\nbreak"))).isFalse();
    }

    private static ObservedFlow withClient(ObservedFlow f, String client) {
        return new ObservedFlow(
                f.transport(),
                client,
                f.clientPort(),
                f.serverAddress(),
                f.serverPort(),
                f.etherType(),
                f.firstSeen(),
                f.lastSeen(),
                f.packetsToServer(),
                f.bytesToServer(),
                f.packetsToClient(),
                f.bytesToClient(),
                f.protocol(),
                f.functions(),
                f.malformed(),
                f.topics(),
                f.firstFrame(),
                f.lastFrame());
    }

    @Test
    void dividesByTenLikeTheDivideInstruction() {
        for (int n :
                new int[] {0, 1, 9, 10, 11, 99, 100, 65_535, 999_999_999, Integer.MAX_VALUE - 1, Integer.MAX_VALUE}) {
            assertThat(FlowLine.div10(n)).as("%d", n).isEqualTo(n / 10);
        }
        var random = new SplittableRandom(104);
        int wrong = 0;
        for (int i = 0; i < 1_000_000; i++) {
            int n = random.nextInt(Integer.MAX_VALUE);
            if (FlowLine.div10(n) != n / 10) wrong++;
        }
        assertThat(wrong).isZero();
    }
}
