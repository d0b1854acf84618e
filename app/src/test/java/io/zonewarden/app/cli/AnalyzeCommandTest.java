package io.zonewarden.app.cli;

import static io.zonewarden.app.cli.ValidateCommandTest.zonewarden;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zonewarden analyze}: the JSON contract of ARCHITECTURE.md on a capture written here, and bad input. */
class AnalyzeCommandTest {

    private static final HexFormat HEX = HexFormat.of();

    /**
     * A classic microsecond pcap (LINKTYPE_ETHERNET) with a Modbus/TCP read-holding-registers request from
     * 10.0.0.1:40000 to 10.0.0.2:502 and its response.
     */
    private static byte[] modbusCapture() {
        var out = new ByteArrayOutputStream();
        var header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0xa1b2c3d4)
                .putShort((short) 2)
                .putShort((short) 4)
                .putInt(0)
                .putInt(0)
                .putInt(65535)
                .putInt(1);
        out.writeBytes(header.array());
        // MBAP: transaction 1, protocol 0, length 6, unit 1; PDU: fc 3, address 0, quantity 2
        record(out, 1, frame("0a000001", "0a000002", 40000, 502, 1, 1, "000100000006010300000002"));
        // MBAP length 7, unit 1; PDU: fc 3, 4 bytes
        record(out, 2, frame("0a000002", "0a000001", 502, 40000, 1, 13, "00010000000701030400010002"));
        return out.toByteArray();
    }

    private static void record(ByteArrayOutputStream out, int seconds, byte[] frame) {
        var r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        r.putInt(1_700_000_000 + seconds).putInt(0).putInt(frame.length).putInt(frame.length);
        out.writeBytes(r.array());
        out.writeBytes(frame);
    }

    private static byte[] frame(String src, String dst, int sport, int dport, long seq, long ack, String payloadHex) {
        byte[] payload = HEX.parseHex(payloadHex);
        var b = ByteBuffer.allocate(14 + 20 + 20 + payload.length).order(ByteOrder.BIG_ENDIAN);
        b.put(HEX.parseHex(
                dst.equals("0a000002")
                        ? "00000000000200000000000108 00".replace(" ", "")
                        : "00000000000100000000000208 00".replace(" ", "")));
        b.put((byte) 0x45)
                .put((byte) 0)
                .putShort((short) (40 + payload.length))
                .putShort((short) 1)
                .putShort((short) 0x4000)
                .put((byte) 64)
                .put((byte) 6)
                .putShort((short) 0)
                .put(HEX.parseHex(src))
                .put(HEX.parseHex(dst));
        b.putShort((short) sport)
                .putShort((short) dport)
                .putInt((int) seq)
                .putInt((int) ack)
                .put((byte) 0x50)
                .put((byte) 0x18)
                .putShort((short) 8192)
                .putShort((short) 0)
                .putShort((short) 0);
        b.put(payload);
        return b.array();
    }

    @Test
    void givenAModbusCapture_whenAnalysedAsJson_thenTheContractFieldsAreThere(@TempDir Path dir) throws Exception {
        var file = dir.resolve("modbus.pcap");
        Files.write(file, modbusCapture());

        var run = zonewarden("analyze", file.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        var json = run.json();
        assertThat(json.path("capture").path("packets").asLong()).isEqualTo(2);
        assertThat(json.path("capture").path("bytes").asLong()).isGreaterThan(100);
        assertThat(json.path("capture").path("malformed").asLong()).isZero();
        assertThat(json.path("protocols").path("modbus").asLong()).isEqualTo(2);
        for (var key :
                new String[] {"s7comm", "dnp3", "enip", "cip", "iec104", "opcua", "bacnet", "profinet_dcp", "mqtt"}) {
            assertThat(json.path("protocols").has(key)).as(key).isTrue();
        }
        assertThat(json.path("assets").toString())
                .contains("10.0.0.1")
                .contains("10.0.0.2")
                .contains("modbus server");
        var flow = json.path("flows").get(0);
        assertThat(flow.path("server").asString()).isEqualTo("10.0.0.2");
        assertThat(flow.path("serverPort").asInt()).isEqualTo(502);
        assertThat(flow.path("functions").toString()).contains("read_holding_registers");
        // one line per flow: a line of the output is a whole flow
        var lines = run.out().lines().toList();
        var flowLine = lines.get(lines.indexOf("  \"flows\" : [") + 1).strip();
        assertThat(Json.MAPPER.readTree(flowLine)).isEqualTo(flow);
    }

    @Test
    void givenStandardOutput_whenJsonIsWrittenAsBytes_thenItEqualsWhatTheWriterGets(@TempDir Path dir)
            throws Exception {
        // on standard output the JSON goes out as UTF-8 bytes beside the text writer; elsewhere through the writer
        var file = dir.resolve("modbus.pcap");
        Files.write(file, modbusCapture());
        var viaWriter = zonewarden("analyze", file.toString(), "--format", "json");

        var bytes = new java.io.ByteArrayOutputStream();
        var stdout = System.out;
        int exitCode;
        try {
            System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
            exitCode = ZoneWarden.run("analyze", file.toString(), "--format", "json");
        } finally {
            System.setOut(stdout);
        }

        assertThat(exitCode).isZero();
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(viaWriter.out())
                .endsWith("}" + System.lineSeparator());
    }

    @Test
    void givenAModbusCapture_whenAnalysedAsText_thenTheProtocolTableAndAssetsArePrinted(@TempDir Path dir)
            throws Exception {
        var file = dir.resolve("modbus.pcap");
        Files.write(file, modbusCapture());

        var run = zonewarden("analyze", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("2 packets").contains("modbus").contains("assets (2)");
    }

    private static final String CAPTURES = "../capture/src/test/resources/captures/";
    private static final String MODELS = "../monitor/src/test/resources/models/";

    @Test
    void givenAModelThatAllowsOnlyReads_whenAWriteIsSeen_thenViolationsAreListedAndTheExitIs1() {
        var run = zonewarden(
                "analyze",
                CAPTURES + "modbus/modbus_test_data_part1.pcap",
                "--model",
                MODELS + "modbus-read-only.yaml",
                "--format",
                "json");

        assertThat(run.exitCode()).isEqualTo(1);
        var violation = run.json().path("violations").get(0);
        assertThat(violation.path("rule").asString()).isEqualTo("FUNCTION-NOT-ALLOWED");
        assertThat(violation.path("client").path("asset").asString()).isEqualTo("scada-9");
        assertThat(run.json().path("alerts").toString()).contains("OT-FORCED-OUTPUT");
        assertThat(run.json().path("compliance").toString()).contains("SR 6.2");
    }

    @Test
    void givenAllowedTraffic_whenAnalysedWithItsModel_thenExit0AndNoViolations() {
        var run = zonewarden(
                "analyze",
                CAPTURES + "s7comm/s7comm_clean.pcap",
                "--model",
                MODELS + "s7-allowed.yaml",
                "--format",
                "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.json().path("violations")).isEmpty();
        assertThat(run.json().path("alerts")).isEmpty();
    }

    @Test
    void givenACaptureWithSegmentsNotCaptured_whenAnalysed_thenGapsAreCountedApartFromMalformed() throws Exception {
        // frames 9, 10, 20, 21 and 30 cut out of a clean S7 session: tshark marks lost segments at 9, 10, 18, 19, 27
        var capture = CAPTURES + "s7comm/snap7_s300_gaps.pcap";

        var json = zonewarden("analyze", capture, "--format", "json").json();
        var text = zonewarden("analyze", capture).out();

        assertThat(json.path("capture").path("malformed").asLong()).isZero();
        var gaps = json.path("capture").path("gaps");
        assertThat(gaps.path("count").asLong()).isEqualTo(5);
        assertThat(gaps.path("frames").toString()).isEqualTo("[9,10,18,19,27]");
        assertThat(gaps.path("at").get(0).asString()).endsWith("snap7_s300_gaps.pcap#9");
        assertThat(text)
                .contains("5 TCP sequence gaps (bytes not captured; the frames are not malformed), first at frames 9,"
                        + " 10, 18, 19, 27")
                .doesNotContain("malformed:");
    }

    @Test
    void givenAnAlertsFile_whenAPlcStopIsSeen_thenItIsWrittenAsJsonLinesOrCef(@TempDir Path dir) throws Exception {
        var jsonl = dir.resolve("alerts.jsonl");
        var cef = dir.resolve("alerts.cef");
        var capture = CAPTURES + "s7comm/snap7_s300_stop.pcapng";

        assertThat(zonewarden("analyze", capture, "--alerts", jsonl.toString()).exitCode())
                .isZero();
        assertThat(zonewarden("analyze", capture, "--alerts", cef.toString(), "--alerts-format", "cef")
                        .exitCode())
                .isZero();

        assertThat(Files.readAllLines(jsonl))
                .singleElement()
                .asString()
                .startsWith("{")
                .contains("\"rule\":\"OT-PLC-STOP\"")
                .contains("\"technique\":\"T0858\"");
        // no model: the hosts are not known assets, so only addresses and ports name the ends
        assertThat(Files.readAllLines(cef))
                .singleElement()
                .asString()
                .startsWith("CEF:0|ZoneWarden|ZoneWarden|")
                .contains("|OT-PLC-STOP|controller stopped|8|")
                .contains(" dpt=102 ")
                .contains(" spt=")
                .doesNotContain("shost=")
                .doesNotContain("suser=")
                .contains("cs3Label=mitreAttackForIcs cs3=T0858 Change Operating Mode");
        assertThat(zonewarden("analyze", capture, "--alerts-format", "xml").exitCode())
                .isEqualTo(2);
    }

    @Test
    void givenALearnedBaseline_whenAnotherCaptureIsAnalysed_thenItsDeviationsAreListed(@TempDir Path dir)
            throws Exception {
        var baseline = dir.resolve("baseline.json");

        var learn = zonewarden("analyze", CAPTURES + "s7comm/s7comm_clean.pcap", "--learn", baseline.toString());
        var same = zonewarden(
                "analyze",
                CAPTURES + "s7comm/s7comm_clean.pcap",
                "--baseline",
                baseline.toString(),
                "--format",
                "json");
        var other = zonewarden(
                "analyze",
                CAPTURES + "s7comm/snap7_s300_stop.pcapng",
                "--baseline",
                baseline.toString(),
                "--format",
                "json");

        assertThat(learn.exitCode()).isZero();
        assertThat(Files.readString(baseline)).contains("s7comm:read_var");
        assertThat(same.json().path("deviations")).isEmpty();
        assertThat(other.json().path("deviations").toString())
                .contains("NEW-ASSET")
                .contains("NEW-FLOW");
    }

    @Test
    void givenABaselineThatIsNotOne_whenUsed_thenExit2WithItsLocation(@TempDir Path dir) throws Exception {
        var bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": 1,\n \"flows\": [oops]}");

        var run = zonewarden("analyze", CAPTURES + "s7comm/s7comm_clean.pcap", "--baseline", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.json:2:").contains("not a baseline");
    }

    @Test
    void givenMappedReading_whenAnalysed_thenTheSameJsonAsPositionedReads(@TempDir Path dir) throws Exception {
        var file = dir.resolve("modbus.pcap");
        Files.write(file, modbusCapture());

        var read = zonewarden("analyze", file.toString(), "--format", "json", "--io", "read");
        var mapped = zonewarden("analyze", file.toString(), "--format", "json", "--io", "map");
        var unknown = zonewarden("analyze", file.toString(), "--io", "stream");

        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(mapped.exitCode()).as(mapped.err()).isZero();
        assertThat(mapped.out()).isEqualTo(read.out()).contains("\"modbus\" : 2");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--io").contains("stream");
    }

    @Test
    void givenAFileThatIsNotACapture_whenAnalysed_thenExit2NamingTheFileAndTheMagic(@TempDir Path dir)
            throws Exception {
        var file = dir.resolve("notes.txt");
        Files.writeString(file, "# not a capture\n");

        var run = zonewarden("analyze", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("notes.txt").contains("0x23206e6f");
    }

    @Test
    void givenAPcapngWhoseFirstBlockIsUnreadable_whenAnalysed_thenExit2NamingTheFileAndOffset(@TempDir Path dir)
            throws Exception {
        // given: a section header block (pcapng section 4.1) whose length, 11, is no multiple of 4
        var file = dir.resolve("damaged.pcapng");
        Files.write(file, HexFormat.of().parseHex("0a0d0d0a0000000b1a2b3c4d00010000ffffffffffffffff0000000b"));

        var run = zonewarden("analyze", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(file + ": not a readable capture: no block could be read; the block at byte offset 0 has"
                        + " length 11")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void givenGoodFramesAndADamagedTail_whenAnalysed_thenExit0WithTheTailCountedAsMalformed(@TempDir Path dir)
            throws Exception {
        // given: the two-frame capture followed by a record header whose captured length is 2^31 - 1
        var good = modbusCapture();
        var bytes = java.util.Arrays.copyOf(good, good.length + 16);
        ByteBuffer.wrap(bytes, good.length + 8, 4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(Integer.MAX_VALUE);
        var file = dir.resolve("tail.pcap");
        Files.write(file, bytes);

        var run = zonewarden("analyze", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 packets").contains("1 malformed");
    }

    @Test
    void givenAMissingFile_whenAnalysed_thenExit2() {
        var run = zonewarden("analyze", "no-such-capture.pcap");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no-such-capture.pcap: no such file");
    }
}
