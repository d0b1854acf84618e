package io.zonewarden.core.zoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example plant shipped in {@code examples/}: deliberately imperfect in exactly three ways. */
class ExamplePlantTest {

    static final Path EXAMPLE = Path.of("..", "examples", "chemical-plant.yaml");

    private static Plant plant;
    private static ValidationReport report;

    @BeforeAll
    static void validateExample() throws ModelFileException {
        plant = PlantYamlReader.read(EXAMPLE);
        report = PlantValidator.standard().validate(plant);
    }

    @Test
    void givenExamplePlant_whenRead_thenEveryPartIsThere() {
        assertThat(plant.info().id()).isEqualTo("ammonia-3");
        assertThat(plant.assets()).hasSize(17);
        assertThat(plant.zones())
                .extracting(z -> z.id())
                .containsExactly("enterprise", "dmz", "remote-access", "ops", "bpcs", "temporary");
        assertThat(plant.conduits()).hasSize(6);
    }

    @Test
    void givenExamplePlant_whenValidated_thenExactlyTheThreeDocumentedErrors() {
        assertThat(report.withSeverity(Severity.ERROR))
                .extracting(Finding::rule, f -> f.subjects().get(0))
                .containsExactlyInAnyOrder(
                        tuple("ZCR-3.3", "sis-plc-1"), tuple("ZCR-3.5", "wgw-1"), tuple("DMZ-BYPASS", "ent-bpcs"));
    }

    @Test
    void givenExamplePlant_whenValidated_thenErrorsNameTheZonesInvolved() {
        assertThat(report.withSeverity(Severity.ERROR))
                .extracting(Finding::rule, Finding::subjects)
                .containsExactlyInAnyOrder(
                        tuple("ZCR-3.3", java.util.List.of("sis-plc-1", "bpcs")),
                        tuple("ZCR-3.5", java.util.List.of("wgw-1", "bpcs")),
                        tuple("DMZ-BYPASS", java.util.List.of("ent-bpcs", "enterprise", "bpcs")));
    }

    @Test
    void givenExamplePlant_whenValidated_thenFindingsOrderedBySeverityThenRule() {
        assertThat(report.findings())
                .isNotEmpty()
                .isSortedAccordingTo(Comparator.comparing(Finding::severity).thenComparing(Finding::rule));
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void givenExamplePlant_whenValidated_thenItFailsAtErrorLevel() {
        assertThat(report.reaches(Severity.ERROR)).isTrue();
        assertThat(report.counts()).containsEntry(Severity.ERROR, 3);
    }
}
