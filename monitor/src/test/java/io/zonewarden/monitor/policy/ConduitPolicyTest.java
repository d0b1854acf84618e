package io.zonewarden.monitor.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.capture.Analyzer;
import io.zonewarden.capture.CaptureAnalysis;
import io.zonewarden.capture.FunctionCount;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.AllowRule;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.zoning.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The conduit policy on real captures, with plant models written for their addresses (see models/README.md). */
class ConduitPolicyTest {

    private static final Path CAPTURES = Path.of("../capture/src/test/resources/captures");

    private static Plant model(String name) throws Exception {
        return PlantYamlReader.read(Path.of("src/test/resources/models", name));
    }

    private static CaptureAnalysis capture(String path) throws Exception {
        return Analyzer.analyze(List.of(CAPTURES.resolve(path)));
    }

    @Test
    void givenAWriteOnAReadOnlyRule_whenJudged_thenFunctionNotAllowedNamesTheWrites() throws Exception {
        var report =
                new ConduitPolicy(model("modbus-read-only.yaml")).judge(capture("modbus/modbus_test_data_part1.pcap"));

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("FUNCTION-NOT-ALLOWED");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.client().asset()).isEqualTo("scada-9");
            assertThat(v.server().asset()).isEqualTo("plc-3");
            assertThat(v.functions()).containsExactlyInAnyOrder("write_single_coil", "write_single_register");
            assertThat(v.zones()).containsExactly("cell");
            // the capture file with the numbers of the conversation's first and last frame, as Wireshark numbers them
            assertThat(v.evidence()).hasSize(2).allSatisfy(e -> assertThat(e).contains("modbus_test_data_part1.pcap#"));
        });
        assertThat(report.reaches(Severity.ERROR)).isTrue();
    }

    @Test
    void givenTrafficItsRuleAllows_whenJudged_thenNothingIsRaised() throws Exception {
        var report = new ConduitPolicy(model("s7-allowed.yaml")).judge(capture("s7comm/s7comm_clean.pcap"));

        assertThat(report.judgedFlows()).isEqualTo(1);
        assertThat(report.violations()).isEmpty();
    }

    @Test
    void givenTwoZonesWithoutAConduit_whenTheyTalk_thenUndeclaredConduit() throws Exception {
        var report = new ConduitPolicy(model("s7-two-zones.yaml")).judge(capture("s7comm/s7comm_clean.pcap"));

        assertThat(report.violations()).extracting(PolicyViolation::rule).containsExactly("UNDECLARED-CONDUIT");
        assertThat(report.violations().get(0).zones()).containsExactly("supervision", "cell");
    }

    @Test
    void givenAnEnterpriseZoneTalkingToAControlZone_whenJudged_thenDmzBypassEvenOverAConduit() throws Exception {
        var yaml = """
                plant: {id: p}
                assets:
                  - {id: office-21, type: workstation, ip: [192.168.0.21], purdue: 4}
                  - {id: plc-2, type: plc, ip: [192.168.0.2], purdue: 1}
                zones:
                  - {id: office, kind: enterprise, slTarget: "1", assets: [office-21]}
                  - {id: cell, kind: control, slTarget: "2", assets: [plc-2]}
                conduits:
                  - {id: legacy, zones: [office, cell], slTarget: "1",
                     allow: [{from: office-21, to: plc-2, protocol: s7comm}]}
                """;
        var plant = PlantYamlReader.read(yaml, "bypass.yaml");

        var report = new ConduitPolicy(plant).judge(capture("s7comm/s7comm_clean.pcap"));

        assertThat(report.violations()).extracting(PolicyViolation::rule).containsExactly("DMZ-BYPASS");
        assertThat(report.conduits()).singleElement().satisfies(c -> {
            assertThat(c.conduit()).isEqualTo("legacy");
            assertThat(c.flows()).isEqualTo(1);
            assertThat(c.violatingFlows()).isEqualTo(1);
        });
    }

    @Test
    void givenAPlcStopIntoASafetyZone_whenJudged_thenTheFunctionAndTheSafetyZoneAccessAreRaised() throws Exception {
        var report = new ConduitPolicy(model("s7-stop.yaml")).judge(capture("s7comm/snap7_s300_stop.pcapng"));

        assertThat(report.violations())
                .extracting(PolicyViolation::rule)
                .containsExactlyInAnyOrder("FUNCTION-NOT-ALLOWED", "SAFETY-ZONE-ACCESS");
        assertThat(report.violations()).allSatisfy(v -> assertThat(v.conduit()).isEqualTo("eng-sis"));
    }

    @Test
    void givenAddressesOfNoAsset_whenJudged_thenEachIsOneUnknownAssetWarningNamingItsZone() throws Exception {
        var yaml = """
                plant: {id: p}
                assets:
                  - {id: plc-2, type: plc, ip: [192.168.0.2], purdue: 1}
                zones:
                  - {id: cell, kind: control, slTarget: "2", assets: [plc-2], networks: [192.168.0.0/24]}
                """;

        var report = new ConduitPolicy(PlantYamlReader.read(yaml, "p.yaml")).judge(capture("s7comm/s7comm_clean.pcap"));

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("UNKNOWN-ASSET");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.client().address()).isEqualTo("192.168.0.21");
            assertThat(v.client().zone()).isEqualTo("cell");
            assertThat(v.message()).contains("zone cell's network");
        });
    }

    @ParameterizedTest(name = "{0} vs {1}/{2} -> {3}")
    @CsvSource({
        "modbus, modbus, tcp, true",
        "s7comm, s7comm_plus, tcp, true",
        "https, tls, tcp, true",
        "https, http, tcp, false",
        "opcua, modbus, tcp, false",
        "pi, unknown, tcp, true",
        "pi, modbus, tcp, false",
        "tcp, unknown, tcp, true",
        "udp, dns, tcp, false",
    })
    void givenADeclaredProtocol_whenComparedWithWhatTheEngineSaw_thenAliasesAndUnknownsMatch(
            String declared, String observed, String transport, boolean expected) {
        assertThat(Protocols.matches(declared, observed, transport)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} allows {1} ({2}) -> {3}")
    @CsvSource({
        "read-var, read_var, read, true",
        "read, read_var, read, true",
        "read, write_var, write, false",
        "write-single-register, write_single_register, write, true",
        "read-holding-registers, write_single_register, write, false",
    })
    void givenRuleFunctions_whenAFunctionIsChecked_thenNamesAndClassesBothWork(
            String allowed, String name, String access, boolean expected) {
        var rule = new AllowRule("a", "b", "modbus", null, List.of(allowed));
        var function = new FunctionCount("modbus", 0, name, access, 1);

        assertThat(ConduitPolicy.allows(rule, function)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "255.255.255.255, true",
        "10.0.0.255, true",
        "239.1.2.3, true",
        "ff02::1, true",
        "10.0.0.3, false",
        "fe80::1, false"
    })
    void givenAnAddress_whenCheckedForGroupTraffic_thenBroadcastAndMulticastAreRecognised(
            String address, boolean expected) {
        assertThat(ConduitPolicy.isGroupAddress(address)).isEqualTo(expected);
    }
}
