package io.zonewarden.core.zoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example plant shipped in {@code examples/}: deliberately imperfect in exactly the ways its header lists, three in
 * the zoning and the rest in answers the model contradicts.
 */
class ExamplePlantTest {

    static final Path EXAMPLE = Path.of("..", "examples", "chemical-plant.yaml");

    /** The day the example's organisation is described as of (late November 2026). */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    private static Plant plant;
    private static ValidationReport report;

    @BeforeAll
    static void validateExample() throws ModelFileException {
        plant = PlantYamlReader.read(EXAMPLE);
        report = PlantValidator.standard(AS_OF).validate(plant);
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
    void givenExamplePlant_whenValidated_thenExactlyTheDocumentedErrors() {
        assertThat(report.withSeverity(Severity.ERROR))
                .extracting(Finding::rule, f -> f.subjects().get(0))
                .containsExactlyInAnyOrder(
                        tuple("ZCR-3.3", "sis-plc-1"),
                        tuple("ZCR-3.5", "wgw-1"),
                        tuple("DMZ-BYPASS", "ent-bpcs"),
                        tuple("ANSWER-VS-MODEL", "bpcs"),
                        tuple("ANSWER-VS-MODEL", "bpcs"),
                        tuple("COMPONENT-TYPE", "fw-ot"),
                        tuple("COMPONENT-SL", "fw-ot"),
                        tuple("LEAVER-HAS-ACCESS", "p.nowak"));
    }

    @Test
    void givenExamplePlant_whenValidated_thenTheContradictedAnswersAreNamed() {
        assertThat(report.findings())
                .filteredOn(f -> f.rule().equals("ANSWER-VS-MODEL") || f.rule().equals("COMPENSATION-UNDEFINED"))
                .extracting(Finding::rule, Finding::severity, Finding::subjects)
                .containsExactly(
                        tuple("ANSWER-VS-MODEL", Severity.ERROR, java.util.List.of("bpcs", "SR 2.2")),
                        tuple("ANSWER-VS-MODEL", Severity.ERROR, java.util.List.of("bpcs", "SR 5.1 RE 1")),
                        tuple("COMPENSATION-UNDEFINED", Severity.WARNING, java.util.List.of("bpcs", "cm-usb-kiosk")),
                        tuple(
                                "COMPENSATION-UNDEFINED",
                                Severity.WARNING,
                                java.util.List.of("bpcs", "cm-whitelisting")));
        // the DMZ's SL-A {1 0 0 0 2 0 0} against the firewall's SL-C from four answers: 0 in FR 1 and FR 5
        assertThat(report.findings())
                .filteredOn(f -> f.rule().equals("COMPONENT-SL"))
                .extracting(Finding::message)
                .singleElement()
                .asString()
                .contains("zone dmz claims SL-A {1 - - - 2 - -}", "lower in FR 1 (0 < 1), FR 5 (0 < 2)");
    }

    @Test
    void givenExamplePlant_whenValidated_thenZoningErrorsNameTheZonesInvolved() {
        assertThat(report.withSeverity(Severity.ERROR))
                .filteredOn(f -> f.rule().startsWith("ZCR-") || f.rule().equals("DMZ-BYPASS"))
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
        assertThat(report.counts()).containsEntry(Severity.ERROR, 8);
    }
}
