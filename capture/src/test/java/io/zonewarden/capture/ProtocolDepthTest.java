package io.zonewarden.capture;

import static io.zonewarden.capture.TestFrames.tcpFrame;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.capture.TestFrames.Record;
import io.zonewarden.capture.dissect.Dissect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operations inside the engineering protocols: S7comm-plus functions and CPU mode, UMAS function codes. */
class ProtocolDepthTest {
    @TempDir
    Path dir;

    /**
     * A SetVariable request to the CPU's operating-state attribute: TPKT, COTP DT, 0x72 v2 with 28 data bytes, opcode
     * 0x31, function 0x04f2, sequence 5, session 0x120, flags 0x34, object 52, one item: attribute 2167 (0x90 0x77),
     * flags 0, DInt (0x08), then {@code value}; four bytes of object qualifier, then the trailer.
     */
    static String setOperatingState(int attributeLow, int value) {
        return "0300002b02f080" + "7202001c" + "31000004f2000000050000012034" + "00000034" + "01" + "90"
                + "%02x".formatted(attributeLow) + "0008" + "%02x".formatted(value) + "00000000" + "72020000";
    }

    private static Map<String, Long> functions(CaptureAnalysis analysis, String protocol) {
        var names = new TreeMap<String, Long>();
        for (var flow : analysis.flows()) {
            for (var f : flow.functions()) {
                if (f.protocol().equals(protocol)) names.merge(f.name(), f.count(), Long::sum);
            }
        }
        return names;
    }

    private static Map<String, String> access(CaptureAnalysis analysis, String protocol) {
        var access = new TreeMap<String, String>();
        analysis.flows().stream()
                .flatMap(f -> f.functions().stream())
                .filter(f -> f.protocol().equals(protocol))
                .forEach(f -> access.put(f.name(), f.access()));
        return access;
    }

    @Test
    void givenSetVariableOfTheOperatingState_whenDissected_thenStopOrRunAboveTheFunction() {
        assertThat(Dissect.run("s7comm", Dissect.hex(setOperatingState(0x77, 1))).events)
                .contains("s7plus v=2 op=0x31 fn=0x104f2");
        assertThat(Dissect.run("s7comm", Dissect.hex(setOperatingState(0x77, 3))).events)
                .contains("s7plus v=2 op=0x31 fn=0x304f2");
        // another attribute (2168), or a state other than STOP and RUN, is a plain SetVariable
        assertThat(Dissect.run("s7comm", Dissect.hex(setOperatingState(0x78, 1))).events)
                .contains("s7plus v=2 op=0x31 fn=0x4f2");
        assertThat(Dissect.run("s7comm", Dissect.hex(setOperatingState(0x77, 2))).events)
                .contains("s7plus v=2 op=0x31 fn=0x4f2");
    }

    @Test
    void givenS7commPlusStopAndStartOnTheWire_whenAnalysed_thenPlcStopAndPlcStartAsControl() throws Exception {
        int syn = 0x02, ack = 0x10, psh = 0x08;
        byte[] stop = Dissect.hex(setOperatingState(0x77, 1)), run = Dissect.hex(setOperatingState(0x77, 3));
        long t = 1_700_000_000_000_000_000L;
        var records = new ArrayList<Record>();
        records.add(new Record(t, tcpFrame(true, 50000, 102, 1000, 0, syn, new byte[0])));
        records.add(new Record(t + 1, tcpFrame(false, 50000, 102, 7000, 1001, syn | ack, new byte[0])));
        records.add(new Record(t + 2, tcpFrame(true, 50000, 102, 1001, 7001, ack | psh, stop)));
        records.add(new Record(t + 3, tcpFrame(true, 50000, 102, 1001 + stop.length, 7001, ack | psh, run)));
        var file = TestFrames.write(dir, "s7plus-stop.pcap", TestFrames.pcap(true, true, 1, records));

        var analysis = Analyzer.analyze(List.of(file));

        assertThat(functions(analysis, "s7comm_plus")).isEqualTo(Map.of("plc_stop", 1L, "plc_start", 1L));
        assertThat(access(analysis, "s7comm_plus")).containsEntry("plc_stop", "control");
        assertThat(analysis.malformed()).isZero();
    }

    @Test
    void givenTiaPortalHmiSession_whenAnalysed_thenS7commPlusFunctionsNamed() throws Exception {
        var analysis =
                Analyzer.analyze(List.of(CommittedCapturesTest.captures().resolve("s7comm/S7-1511_db6w0_HMI.pcap")));

        // the opcode and function of every 0x72 PDU in the file, read from tshark's TCP payloads by hand:
        // v1 request/response 0x04ca, v2 requests and responses 0x04d4, 0x0542, 0x0586
        assertThat(functions(analysis, "s7comm_plus"))
                .isEqualTo(Map.of(
                        "create_object", 1L,
                        "create_object_response", 1L,
                        "delete_object", 1L,
                        "delete_object_response", 1L,
                        "set_multi_variables", 1L,
                        "set_multi_variables_response", 1L,
                        "get_var_sub_streamed", 1L,
                        "get_var_sub_streamed_response", 1L));
        assertThat(access(analysis, "s7comm_plus"))
                .containsEntry("create_object", "session")
                .containsEntry("set_multi_variables", "write")
                .containsEntry("get_var_sub_streamed", "read")
                .containsEntry("set_multi_variables_response", "response");
    }

    @Test
    void givenS7commPlusV3Session_whenAnalysed_thenTheIntegrityPartIsSkippedAndFunctionsNamed() throws Exception {
        var analysis =
                Analyzer.analyze(List.of(CommittedCapturesTest.captures().resolve("s7comm/s7comm_plus_v3.pcap")));

        // each V3 PDU: 0x72 03 length, digest length 0x20 and 32 digest bytes, then the opcode; read by hand from
        // tshark's TCP payloads: 121 PDUs, as many as tshark's S7comm-plus heuristic counts. The SetVariables write
        // object 0x70000e4d, not the CPU's operating state.
        assertThat(functions(analysis, "s7comm_plus"))
                .isEqualTo(Map.of(
                        "set_variable", 26L,
                        "set_multi_variables", 2L,
                        "set_multi_variables_response", 2L,
                        "get_multi_variables", 6L,
                        "get_multi_variables_response", 6L,
                        "notification", 79L));
        assertThat(analysis.frames("s7comm_plus")).isEqualTo(121);
    }

    @Test
    void givenUnityProjectUpload_whenAnalysed_thenUmasFunctionsNamedAndCounted() throws Exception {
        var analysis = Analyzer.analyze(List.of(CommittedCapturesTest.captures().resolve("modbus/modicon_test.pcap")));

        // tshark -Y modbus.func_code==90 -T fields -e tcp.payload, byte 9 of each ADU (after 5A and the session byte)
        assertThat(functions(analysis, "modbus"))
                .isEqualTo(Map.ofEntries(
                        Map.entry("umas_init_comm", 2L),
                        Map.entry("umas_read_id", 2L),
                        Map.entry("umas_read_project_info", 2L),
                        Map.entry("umas_read_plc_info", 7L),
                        Map.entry("umas_repeat", 2L),
                        Map.entry("umas_take_plc_reservation", 1L),
                        Map.entry("umas_keep_alive", 2L),
                        Map.entry("umas_read_memory_block", 12L),
                        Map.entry("umas_check_plc", 3L),
                        Map.entry("umas_monitor_plc", 2L),
                        Map.entry("umas_initialize_upload", 1L),
                        Map.entry("umas_upload_block", 53L),
                        Map.entry("umas_end_upload", 1L),
                        Map.entry("umas_response_ok", 90L)));
        assertThat(access(analysis, "modbus"))
                .containsEntry("umas_upload_block", "program")
                .containsEntry("umas_read_id", "read")
                .containsEntry("umas_take_plc_reservation", "session")
                .containsEntry("umas_response_ok", "response");
    }

    @Test
    void givenUmasRequest_whenDissected_thenItsFunctionCodeAfterTheSessionByte() {
        // modbus/modicon_test.pcap frame 76: 5A, session 01, INITIALIZE_UPLOAD (0x33)
        assertThat(Dissect.run("modbus", Dissect.hex("002300000008005a01330001fb00")).events)
                .containsExactly("modbus tid=35 unit=0 fc=90 exc=-1 umas=0x33");
        // a plain Modbus read has none
        assertThat(Dissect.run("modbus", Dissect.hex("000100000006010300000001")).events)
                .containsExactly("modbus tid=1 unit=1 fc=3 exc=-1");
    }
}
