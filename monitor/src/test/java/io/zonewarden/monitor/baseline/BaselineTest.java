package io.zonewarden.monitor.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.capture.Analyzer;
import io.zonewarden.capture.CaptureAnalysis;
import io.zonewarden.capture.FunctionCount;
import io.zonewarden.capture.ObservedAsset;
import io.zonewarden.capture.ObservedFlow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Learning the normal and raising what departs from it. */
class BaselineTest {

    private static final Path CAPTURES = Path.of("../capture/src/test/resources/captures");
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    private static ObservedFlow flow(String protocol, long packets, FunctionCount... functions) {
        return new ObservedFlow(
                "tcp",
                "10.0.0.1",
                40000,
                "10.0.0.2",
                502,
                0,
                T0,
                T0.plusSeconds(600),
                packets / 2,
                packets * 30,
                packets - packets / 2,
                packets * 30,
                protocol,
                List.of(functions),
                Map.of(),
                Set.of(),
                1,
                packets);
    }

    private static FunctionCount fc(String name, String access) {
        return new FunctionCount("modbus", 0, name, access, 1);
    }

    private static ObservedAsset plc(String revision) {
        return new ObservedAsset(
                "10.0.0.2",
                "00:00:54:00:00:02",
                "Schneider Electric",
                Set.of("modbus server"),
                Set.of("modbus"),
                Map.of("cip.revision", revision));
    }

    private static CaptureAnalysis analysis(List<ObservedAsset> assets, ObservedFlow... flows) {
        return new CaptureAnalysis(
                List.of(Path.of("x.pcap")),
                100,
                6000,
                0,
                Map.of(),
                Map.of(),
                Map.of(),
                assets,
                List.of(flows),
                T0,
                T0.plusSeconds(600),
                List.of(1L));
    }

    @Test
    void givenTheSameCapture_whenComparedWithItsOwnBaseline_thenNothingDeviates() throws Exception {
        var analysis = Analyzer.analyze(List.of(CAPTURES.resolve("s7comm/s7comm_clean.pcap")));

        var baseline = LearnBaseline.learn(analysis);

        assertThat(baseline.flows()).hasSize(1);
        assertThat(baseline.flows().get(0).functions()).contains("s7comm:read_var");
        assertThat(CompareWithBaseline.compare(baseline, analysis)).isEmpty();
    }

    @Test
    void givenAnotherPlantsCapture_whenCompared_thenItsDevicesAndConversationsAreNew() throws Exception {
        var baseline = LearnBaseline.learn(Analyzer.analyze(List.of(CAPTURES.resolve("s7comm/s7comm_clean.pcap"))));
        var other = Analyzer.analyze(List.of(CAPTURES.resolve("s7comm/snap7_s300_stop.pcapng")));

        var deviations = CompareWithBaseline.compare(baseline, other);

        assertThat(deviations).extracting(Deviation::rule).contains("NEW-ASSET", "NEW-FLOW");
        assertThat(deviations).anySatisfy(d -> assertThat(d.subject()).isEqualTo("134.249.61.163"));
    }

    @Test
    void givenAKnownConversation_whenItUsesANewFunction_thenNewFunctionNamesIt() {
        var baseline =
                LearnBaseline.learn(analysis(List.of(plc("2.1")), flow("modbus", 100, fc("read_coils", "read"))));

        var deviations = CompareWithBaseline.compare(
                baseline,
                analysis(
                        List.of(plc("2.1")),
                        flow("modbus", 100, fc("read_coils", "read"), fc("write_single_coil", "write"))));

        assertThat(deviations).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("NEW-FUNCTION");
            assertThat(d.message()).contains("modbus:write_single_coil");
        });
    }

    @Test
    void givenAKnownConversation_whenItCarriesAnotherProtocol_thenNewProtocol() {
        var baseline = LearnBaseline.learn(analysis(List.of(plc("2.1")), flow("modbus", 100)));

        var deviations = CompareWithBaseline.compare(baseline, analysis(List.of(plc("2.1")), flow("unknown", 100)));

        assertThat(deviations).extracting(Deviation::rule).containsExactly("NEW-PROTOCOL");
    }

    @Test
    void givenADeviceReportingAnotherRevision_whenCompared_thenIdentityChangeShowsBoth() {
        var baseline = LearnBaseline.learn(analysis(List.of(plc("2.1")), flow("modbus", 100)));

        var deviations = CompareWithBaseline.compare(baseline, analysis(List.of(plc("3.0")), flow("modbus", 100)));

        assertThat(deviations).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("IDENTITY-CHANGE");
            assertThat(d.message()).contains("cip.revision 3.0").contains("learned: 2.1");
        });
    }

    @Test
    void givenAConversationTenTimesBusier_whenCompared_thenRateSpike_butAQuietOneStaysQuiet() {
        // 100 packets in 10 minutes learned: 10 per minute
        var baseline = LearnBaseline.learn(analysis(List.of(plc("2.1")), flow("modbus", 100)));

        assertThat(CompareWithBaseline.compare(baseline, analysis(List.of(plc("2.1")), flow("modbus", 1000))))
                .extracting(Deviation::rule)
                .containsExactly("RATE-SPIKE");
        // five times busier but under the floor of 60 packets a minute
        assertThat(CompareWithBaseline.compare(baseline, analysis(List.of(plc("2.1")), flow("modbus", 590))))
                .isEmpty();
    }
}
