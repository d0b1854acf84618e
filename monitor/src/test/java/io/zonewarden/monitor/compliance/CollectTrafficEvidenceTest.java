package io.zonewarden.monitor.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.capture.Analyzer;
import io.zonewarden.core.io.PlantYamlReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectTrafficEvidenceTest {

    private static final Path CAPTURES = Path.of("../capture/src/test/resources/captures");

    @Test
    void givenTwoZonesTalkingWithoutAConduit_whenCollected_thenSegmentationIsContradictedAndCleartextEntryNamed()
            throws Exception {
        var yaml = """
                plant: {id: p}
                assets:
                  - {id: hmi-21, type: hmi, ip: [192.168.0.21], purdue: 2}
                  - {id: plc-2, type: plc, ip: [192.168.0.2], purdue: 1}
                zones:
                  - {id: supervision, kind: control, slTarget: "1", assets: [hmi-21]}
                  - {id: cell, kind: control, slTarget: "{2 2 2 1 3 1 3}", assets: [plc-2]}
                  - {id: spare, kind: control, slTarget: "2", assets: []}
                assessment:
                  zones:
                    cell: {"SR 5.1": implemented}
                """;
        var plant = PlantYamlReader.read(yaml, "p.yaml");
        var analysis = Analyzer.analyze(List.of(CAPTURES.resolve("s7comm/s7comm_clean.pcap")));

        var evidence = CollectTrafficEvidence.collect(plant, analysis);

        var cell = evidence.stream()
                .filter(e -> e.zone().equals("cell"))
                .findFirst()
                .orElseThrow();
        assertThat(cell.interZoneFlows()).isEqualTo(1);
        assertThat(cell.conduitShare()).isZero();
        assertThat(cell.insecureInbound()).singleElement().asString().startsWith("s7comm from hmi-21");
        assertThat(cell.suggestions()).anySatisfy(s -> {
            assertThat(s.requirement()).isEqualTo("SR 5.1");
            assertThat(s.suggested()).isEqualTo("contradicts");
            assertThat(s.answered()).isEqualTo("implemented"); // shown beside, never replaced
        });
        var spare = evidence.stream()
                .filter(e -> e.zone().equals("spare"))
                .findFirst()
                .orElseThrow();
        assertThat(spare.observed()).isFalse();
        assertThat(spare.suggestions()).singleElement().satisfies(s -> {
            assertThat(s.requirement()).isEqualTo("SR 6.2");
            assertThat(s.suggested()).isEqualTo("contradicts");
        });
    }
}
