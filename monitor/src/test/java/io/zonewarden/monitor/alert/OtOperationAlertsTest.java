package io.zonewarden.monitor.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.capture.Analyzer;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.PlantInfo;
import io.zonewarden.core.zoning.Severity;
import io.zonewarden.monitor.policy.Endpoint;
import io.zonewarden.monitor.policy.PlantMap;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Built-in alerts on real captures of dangerous operations, and their SIEM line format. */
class OtOperationAlertsTest {

    private static final Path CAPTURES = Path.of("../capture/src/test/resources/captures");
    private static final PlantMap NO_MODEL =
            new PlantMap(new Plant(new PlantInfo("none", "none", null, null), List.of(), List.of(), List.of()));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "s7comm/snap7_s300_stop.pcapng, OT-PLC-STOP, T0858, plc_stop",
        "enip/cip_stop_plc.pcap, OT-CIP-STOP, T0858, stop",
        "enip/cip_start_plc.pcap, OT-CIP-STOP, T0858, start",
        "dnp3/dnp3_select_operate.pcap, OT-COMMAND, T0855, operate",
        "modbus/modicon_test.pcap, OT-PROGRAM-UPLOAD, T0845, umas_upload_block",
        "s7comm/S7-1511_db6w0_HMI.pcap, OT-WRITE, T0836, set_multi_variables",
        "profinet/ChangeIPUsingDCP.pcap, OT-DCP-SET, T0836, set_request",
    })
    void givenACaptureOfADangerousOperation_whenAnalysed_thenTheAlertNamesItsTechnique(
            String capture, String rule, String technique, String function) throws Exception {
        var analysis = Analyzer.analyze(List.of(CAPTURES.resolve(capture)));

        var alerts = OtOperationAlerts.raise(analysis, NO_MODEL);

        assertThat(alerts).anySatisfy(a -> {
            assertThat(a.rule()).isEqualTo(rule);
            assertThat(a.technique().id()).isEqualTo(technique);
            assertThat(a.function()).isEqualTo(function);
            // the capture file and the numbers of the conversation's first and last frame
            assertThat(a.evidence())
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e).contains(Path.of(capture).getFileName() + "#"));
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "s7comm_plus, plc_stop, control, OT-PLC-STOP, T0858",
        "s7comm_plus, plc_start, control, OT-PLC-CONTROL, T0858",
        "s7comm_plus, set_variable, write, OT-WRITE, T0836",
        "modbus, umas_stop_plc, control, OT-PLC-STOP, T0858",
        "modbus, umas_start_plc, control, OT-PLC-CONTROL, T0858",
        "modbus, umas_initialize_download, program, OT-PROGRAM-DOWNLOAD, T0843",
        "modbus, umas_download_block, program, OT-PROGRAM-DOWNLOAD, T0843",
        "modbus, umas_end_upload, program, OT-PROGRAM-UPLOAD, T0845",
        "modbus, umas_write_variables, write, OT-WRITE, T0836",
        "modbus, umas_0x6f, program, OT-MODBUS-PROGRAM, T0843",
    })
    void givenAnEngineeringProtocolOperation_whenMatched_thenItsRuleAndTechnique(
            String protocol, String name, String access, String rule, String technique) {
        var match = OtOperationAlerts.rule(new io.zonewarden.capture.FunctionCount(protocol, 0, name, access, 1));

        assertThat(match).hasValueSatisfying(r -> {
            assertThat(r.id()).isEqualTo(rule);
            assertThat(r.technique().id()).isEqualTo(technique);
        });
    }

    @Test
    void givenUmasReadsOnly_whenMatched_thenNoAlert() {
        for (var name : List.of("umas_read_id", "umas_read_memory_block", "umas_response_ok")) {
            var access = name.equals("umas_response_ok") ? "response" : "read";
            assertThat(OtOperationAlerts.rule(new io.zonewarden.capture.FunctionCount("modbus", 0, name, access, 1)))
                    .as(name)
                    .isEmpty();
        }
    }

    @Test
    void givenAPlcStop_whenAlerted_thenTheEvidenceNamesTheFramesAsWiresharkNumbersThem() throws Exception {
        // tshark: frames 1 and 2 of this capture carry the S7 function 0x29, PLC stop (job and ack)
        var analysis = Analyzer.analyze(List.of(CAPTURES.resolve("s7comm/snap7_s300_stop.pcapng")));

        var alert = OtOperationAlerts.raise(analysis, NO_MODEL).get(0);

        assertThat(alert.evidence())
                .containsExactly(
                        CAPTURES.resolve("s7comm/snap7_s300_stop.pcapng") + "#1",
                        CAPTURES.resolve("s7comm/snap7_s300_stop.pcapng") + "#2");
    }

    @Test
    void givenTwoFiles_whenAFrameOfTheSecondIsLocated_thenItsNumberCountsFromThatFile() throws Exception {
        var first = CAPTURES.resolve("s7comm/s7comm_clean.pcap");
        var second = CAPTURES.resolve("s7comm/snap7_s300_stop.pcapng");
        var analysis = Analyzer.analyze(List.of(first, second));

        var alert = OtOperationAlerts.raise(analysis, NO_MODEL).get(0);

        assertThat(alert.evidence()).containsExactly(second + "#1", second + "#2");
    }

    @Test
    void givenAnHmiOnlyReading_whenAnalysed_thenNoAlert() throws Exception {
        var analysis = Analyzer.analyze(List.of(CAPTURES.resolve("s7comm/s7comm_clean.pcap")));

        assertThat(OtOperationAlerts.raise(analysis, NO_MODEL)).isEmpty();
    }

    @Test
    void givenAModel_whenAlertsAreRaised_thenTheyNameAssetsAndZones() throws Exception {
        var plant = PlantYamlReader.read(Path.of("src/test/resources/models/s7-stop.yaml"));
        var analysis = Analyzer.analyze(List.of(CAPTURES.resolve("s7comm/snap7_s300_stop.pcapng")));

        var alert = OtOperationAlerts.raise(analysis, new PlantMap(plant)).get(0);

        assertThat(alert.client().asset()).isEqualTo("ews-206");
        assertThat(alert.server().zone()).isEqualTo("sis");
        assertThat(alert.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void givenAnAlertWithSeparatorsInItsFields_whenWrittenAsCef_thenTheyAreEscaped() {
        var alert = new Alert(
                "OT-PLC-STOP",
                Severity.ERROR,
                AttackTechnique.T0858,
                "stop|start \\ now",
                new Endpoint("10.0.0.1", "ews=1", "eng\\a"),
                new Endpoint("10.0.0.2", null, "cell\nx"),
                "s7comm",
                "plc_stop",
                0x29,
                2,
                Instant.ofEpochMilli(1000),
                Instant.ofEpochMilli(2000),
                List.of("x.pcap"),
                49152,
                102);

        var line = AlertFormats.cef(alert, "1.0|b");

        assertThat(line)
                .isEqualTo("CEF:0|ZoneWarden|ZoneWarden|1.0\\|b|OT-PLC-STOP|stop\\|start \\\\ now|8|"
                        + "src=10.0.0.1 dst=10.0.0.2 spt=49152 dpt=102 shost=ews\\=1 app=s7comm act=plc_stop cnt=2"
                        + " start=1000 end=2000 cs1Label=srcZone cs1=eng\\\\a cs2Label=dstZone cs2=cell\\nx"
                        + " cs3Label=mitreAttackForIcs cs3=T0858 Change Operating Mode");
    }

    @Test
    void givenAModel_whenAnAlertIsWrittenAsCef_thenHostsGoInShostAndDhostAndBothZonesAreNamed() throws Exception {
        var plant = PlantYamlReader.read(Path.of("src/test/resources/models/s7-stop.yaml"));
        var analysis = Analyzer.analyze(List.of(CAPTURES.resolve("s7comm/snap7_s300_stop.pcapng")));
        var alert = OtOperationAlerts.raise(analysis, new PlantMap(plant)).get(0);

        var line = AlertFormats.cef(alert, "1.0");

        var flow = analysis.flows().stream()
                .filter(f -> f.protocol().equals("s7comm"))
                .findFirst()
                .orElseThrow();
        assertThat(line)
                .contains(" shost=ews-206 ")
                .contains(" spt=" + flow.clientPort() + " ")
                .contains(" dpt=102 ")
                .contains("cs1Label=srcZone cs1=engineering ")
                .contains("cs2Label=dstZone cs2=sis")
                .doesNotContain("suser")
                .doesNotContain("duser");
        assertThat(alert.clientPort()).isEqualTo(flow.clientPort());
    }
}
