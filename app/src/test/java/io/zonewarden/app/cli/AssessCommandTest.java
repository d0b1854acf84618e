package io.zonewarden.app.cli;

import static io.zonewarden.app.cli.ValidateCommandTest.EXAMPLE;
import static io.zonewarden.app.cli.ValidateCommandTest.zonewarden;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code zonewarden assess} and {@code zonewarden report --kind assessment} on the example plant and bad input. */
class AssessCommandTest {

    private static List<Integer> ints(JsonNode array) {
        var list = new ArrayList<Integer>();
        array.forEach(n -> list.add(n.asInt()));
        return list;
    }

    @Test
    void givenTheExamplePlant_whenAssessedAsJson_thenEachZoneHasTheContractFieldsAndTheHandComputedSlA() {
        var run = zonewarden("assess", EXAMPLE, "--format", "json");

        assertThat(run.exitCode()).isZero();
        var zones = run.json().path("zones");
        assertThat(zones).hasSize(6);
        JsonNode bpcs = null;
        for (var zone : zones) {
            assertThat(zone.has("zone")
                            && zone.has("slTarget")
                            && zone.has("slAchieved")
                            && zone.has("gap")
                            && zone.has("blocking")
                            && zone.has("completeness"))
                    .as(zone.path("zone").asString())
                    .isTrue();
            if (zone.path("zone").asString().equals("bpcs")) bpcs = zone;
        }
        assertThat(bpcs).isNotNull();
        assertThat(ints(bpcs.path("slTarget"))).containsExactly(2, 2, 2, 1, 3, 1, 3);
        assertThat(ints(bpcs.path("slAchieved"))).containsExactly(1, 1, 2, 1, 0, 1, 2);
        assertThat(ints(bpcs.path("gap"))).containsExactly(1, 1, 0, 0, 3, 0, 1);
        assertThat(bpcs.path("blocking").path("FR5").get(0).asString()).isEqualTo("SR 5.1");
        assertThat(bpcs.path("completeness").asDouble()).isEqualTo(0.906);
        var capability = new ArrayList<String>();
        run.json()
                .path("capability")
                .forEach(c -> capability.add(c.path("asset").asString()));
        assertThat(capability).containsExactly("fw-ot", "plc-101");
        assertThat(run.json().path("programme").path("rated").asInt()).isEqualTo(15);
    }

    @Test
    void givenTheExamplePlant_whenAssessed_thenAnswersTheModelContradictsAreListedBesideTheSlA() {
        var run = zonewarden("assess", EXAMPLE, "--format", "json");

        var rules = new ArrayList<String>();
        run.json().path("findings").forEach(f -> rules.add(f.path("rule").asString()));
        assertThat(rules)
                .contains("ANSWER-VS-MODEL", "COMPENSATION-UNDEFINED", "COMPONENT-TYPE", "COMPONENT-SL")
                .doesNotContain("LEAVER-HAS-ACCESS", "DMZ-BYPASS");
        assertThat(zonewarden("assess", EXAMPLE).out())
                .contains("ANSWER-VS-MODEL          zone bpcs answers SR 2.2 not-applicable");
    }

    @Test
    void givenTheExamplesOrganisation_whenAssessed_thenItsEvidenceIsSuggestedBesideTheRatings() {
        var run = zonewarden("assess", EXAMPLE, "--as-of", "2026-11-26", "--format", "json");

        var suggested = run.json().path("programme").path("suggestedEvidence");
        var elements = new ArrayList<String>();
        suggested.forEach(e -> elements.add(e.path("element").asString()));
        assertThat(elements).contains("ORG 1.1", "ORG 1.3", "ORG 1.4");
        // a suggestion never changes the assessor's rating
        assertThat(run.json().path("programme").path("rated").asInt()).isEqualTo(15);
    }

    @Test
    void givenFailOnGap_whenAZoneFallsShort_thenExit1() {
        assertThat(zonewarden("assess", EXAMPLE, "--fail-on-gap").exitCode()).isEqualTo(1);
    }

    @Test
    void givenOneZone_whenAssessed_thenOnlyThatZoneIsPrinted() {
        var run = zonewarden("assess", EXAMPLE, "--zone", "dmz", "--format", "json");

        assertThat(run.json().path("zones")).hasSize(1);
        assertThat(ints(run.json().path("zones").get(0).path("slAchieved"))).containsExactly(1, 0, 0, 0, 2, 0, 0);
    }

    @Test
    void givenAnUnknownZone_whenAssessed_thenExit2NamingTheZones() {
        var run = zonewarden("assess", EXAMPLE, "--zone", "bpc");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no zone 'bpc'").contains("bpcs");
    }

    @Test
    void givenTheExamplesEvidence_whenVerified_thenNothingIsMissing() {
        var run = zonewarden("assess", EXAMPLE, "--verify-evidence", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.json().path("findings").toString()).doesNotContain("ASSESS-EVIDENCE");
    }

    @Test
    void givenAChangedEvidenceFile_whenVerified_thenExit1NamingTheFile(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(EXAMPLE), dir.resolve("plant.yaml"));
        Files.createDirectories(dir.resolve("evidence"));
        Files.writeString(dir.resolve("evidence/fw-review-2026-10.md"), "edited after the assessment\n");

        var run = zonewarden("assess", dir.resolve("plant.yaml").toString(), "--verify-evidence");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("ASSESS-EVIDENCE-CHANGED").contains("fw-review-2026-10.md");
    }

    @Test
    void givenABaselineWithFewerAnswers_whenCompared_thenProgressShowsWhatMoved(@TempDir Path dir) throws Exception {
        var current = Files.readString(Path.of(EXAMPLE));
        var baseline = current.replace("\"SR 5.1\": {status: partial", "\"SR 5.1\": {status: not-implemented")
                .replace("      \"SR 3.9\": implemented\n", "");
        Files.writeString(dir.resolve("baseline.yaml"), baseline);
        Files.createDirectories(dir.resolve("evidence"));

        var run = zonewarden(
                "assess", EXAMPLE, "--compare", dir.resolve("baseline.yaml").toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode bpcs = null;
        for (var p : run.json().path("progress")) if (p.path("zone").asString().equals("bpcs")) bpcs = p;
        assertThat(bpcs).isNotNull();
        assertThat(ints(bpcs.path("delta"))).containsExactly(0, 0, 1, 0, 0, 0, 0);
        assertThat(bpcs.path("newlyMet").toString()).contains("SR 3.9");
    }

    @Test
    void givenABadAnswer_whenAssessed_thenExit2WithFileLineAndColumn(@TempDir Path dir) throws Exception {
        var bad = Files.readString(Path.of(EXAMPLE)).replace("\"SR 1.3\": implemented", "\"SR 1.3\": done");
        var file = dir.resolve("bad.yaml");
        Files.writeString(file, bad);

        var run = zonewarden("assess", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsPattern("bad\\.yaml:\\d+:\\d+: .*unknown answer status 'done'");
    }

    @Test
    void givenTheExamplePlant_whenReported_thenTheHtmlHasSummaryRadarGapTableProgrammeAndMethod(@TempDir Path dir)
            throws Exception {
        var file = dir.resolve("out/assessment.html");

        var run = zonewarden("report", EXAMPLE, "--kind", "assessment", "-o", file.toString());

        assertThat(run.exitCode()).isZero();
        var html = Files.readString(file);
        assertThat(html)
                .contains("Management summary")
                .contains("<svg")
                .contains("class=\"achieved\"")
                .contains("Zone bpcs")
                .contains("{1 1 2 1 0 1 2}")
                .contains("SR 5.1")
                .contains("Security programme maturity")
                .contains("Method")
                .contains("@media print");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void givenAnUnknownKindOrANonHtmlFile_whenReported_thenExit2() {
        assertThat(zonewarden("report", EXAMPLE, "--kind", "crs", "-o", "x.html")
                        .exitCode())
                .isEqualTo(2);
        assertThat(zonewarden("report", EXAMPLE, "--kind", "assessment", "-o", "x.pdf")
                        .exitCode())
                .isEqualTo(2);
    }
}
