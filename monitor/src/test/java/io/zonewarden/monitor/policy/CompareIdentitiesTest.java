package io.zonewarden.monitor.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.capture.Analyzer;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.zoning.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareIdentitiesTest {

    @Test
    void givenAnInventoryWithAnotherFirmware_whenTheModuleIdentifiesItself_thenTheMismatchIsReported()
            throws Exception {
        var plant = PlantYamlReader.read(Path.of("src/test/resources/models/enip-inventory.yaml"));
        var analysis = Analyzer.analyze(List.of(Path.of("../capture/src/test/resources/captures/enip/enip_test.pcap")));

        var mismatches = CompareIdentities.compare(new PlantMap(plant), analysis);

        assertThat(mismatches).anySatisfy(m -> {
            assertThat(m.asset()).isEqualTo("enbt-164");
            assertThat(m.field()).isEqualTo("firmware");
            assertThat(m.inventory()).isEqualTo("4.5");
            assertThat(m.observed()).isEqualTo("4.3");
            assertThat(m.severity()).isEqualTo(Severity.WARNING);
        });
        // the model name matches (1756-ENBT/A both ways): no finding for it
        assertThat(mismatches).noneMatch(m -> m.field().equals("model"));
    }

    @Test
    void givenValuesThatDifferOnlyInCaseAndPunctuation_whenNormalised_thenTheyAreTheSame() {
        assertThat(CompareIdentities.normal("Siemens AG")).contains(CompareIdentities.normal("siemens"));
        assertThat(CompareIdentities.normal("1756-ENBT/A")).isEqualTo(CompareIdentities.normal("1756 enbt a"));
    }
}
