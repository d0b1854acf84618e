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
        assertThat(levels(run.json().path("zones").get(0).path("slAchieved")))
                .containsExactly(1, null, null, null, 2, null, null);
    }

    /** Seven entries, each an integer or null (an FR not assessed). */
    private static List<Integer> levels(JsonNode array) {
        assertThat(array.isArray()).as(array.toString()).isTrue();
        assertThat(array.size()).as(array.toString()).isEqualTo(7);
        var list = new ArrayList<Integer>();
        array.forEach(n -> {
            assertThat(n.isNull() || n.isInt()).as(array.toString()).isTrue();
            list.add(n.isNull() ? null : n.asInt());
        });
        return list;
    }

    private static JsonNode zone(ValidateCommandTest.Run run, String id) {
        for (var zone : run.json().path("zones"))
            if (zone.path("zone").asString().equals(id)) return zone;
        throw new AssertionError("no zone " + id + " in " + run.out());
    }

    @Test
    void givenTheExamplePlant_whenAssessedAsJson_thenClaimedAndVerifiedSlAWithNullWhereNotAssessed() {
        var run = zonewarden("assess", EXAMPLE, "--format", "json");

        for (var zone : run.json().path("zones")) {
            levels(zone.path("slAchieved"));
            levels(zone.path("slVerified"));
            levels(zone.path("gap"));
        }
        var bpcs = zone(run, "bpcs");
        assertThat(levels(bpcs.path("slAchieved"))).containsExactly(1, 1, 2, 1, 0, 1, 2);
        assertThat(levels(bpcs.path("slVerified"))).containsExactly(0, 1, 1, 1, 0, 1, 0);
        assertThat(levels(bpcs.path("gapVerified"))).containsExactly(2, 1, 1, 0, 3, 0, 3);
        var dmz = zone(run, "dmz");
        assertThat(levels(dmz.path("slVerified"))).containsExactly(0, null, null, null, 1, null, null);
        assertThat(levels(dmz.path("gap"))).containsExactly(1, null, null, null, 1, null, null);
        assertThat(dmz.path("notAssessed").toString()).isEqualTo("[\"FR2\",\"FR3\",\"FR4\",\"FR6\",\"FR7\"]");
        // a zone without a single answer: not assessed anywhere, never zeros
        var enterprise = zone(run, "enterprise");
        assertThat(levels(enterprise.path("slAchieved"))).containsOnly((Integer) null);
        assertThat(levels(enterprise.path("slVerified"))).containsOnly((Integer) null);
        assertThat(levels(enterprise.path("gap"))).containsOnly((Integer) null);
    }

    private static final String SMALL = """
            plant: {id: small}
            zones:
              - {id: cell, kind: control, slTarget: "{1 1 1 1 1 1 1}"}
            assessment:
              zones:
                cell:
                  "SR 4.1": {status: not-applicable, justification: "no confidential data in the cell"}
                  "SR 4.3": {status: implemented, verification: document, evidence: [{title: Crypto standard, version: "2"}], verifiedBy: A. Assessor, verifiedOn: 2026-11-02}
                  "SR 5.1": {status: implemented, verification: interview, verifiedBy: A. Assessor, verifiedOn: 2026-11-03}
                  "SR 5.2": {status: implemented, verification: test}
                  "SR 5.3": {status: implemented, verification: observation}
                  "SR 5.4": {status: implemented, verification: test}
                  "SR 6.1": {status: implemented, verification: document}
            """;

    /**
     * By hand: FR 4 needs SR 4.1 and SR 4.3 at SL 1, a justified not-applicable and a document given as evidence,
     * both count (1 and 1); FR 5 needs SR 5.1 to 5.4, SR 5.1 is known from an interview only (1 claimed, 0
     * verified); FR 6 needs SR 6.1, read in a document the answer does not name (1, 0); FR 1, 2, 3 and 7 have no
     * answer at all.
     */
    @Test
    void givenASmallPlant_whenAssessed_thenTheHandComputedClaimedAndVerifiedLevels(@TempDir Path dir) throws Exception {
        var file = dir.resolve("small.yaml");
        Files.writeString(file, SMALL);

        var json = zonewarden("assess", file.toString(), "--format", "json");
        var text = zonewarden("assess", file.toString());

        assertThat(json.exitCode()).isZero();
        var cell = zone(json, "cell");
        assertThat(levels(cell.path("slAchieved"))).containsExactly(null, null, null, 1, 1, 1, null);
        assertThat(levels(cell.path("slVerified"))).containsExactly(null, null, null, 1, 0, 0, null);
        assertThat(levels(cell.path("gap"))).containsExactly(null, null, null, 0, 0, 0, null);
        assertThat(levels(cell.path("gapVerified"))).containsExactly(null, null, null, 0, 1, 1, null);
        assertThat(cell.path("meetsTarget").asBoolean()).isFalse();
        assertThat(text.out())
                .contains("SL-A claimed {- - - 1 1 1 -} verified {- - - 1 0 0 -}")
                .contains("not assessed: FR 1, FR 2, FR 3, FR 7")
                .contains("FR 1 IAC  SL-T 1  not assessed")
                .contains("FR 5 RDF  SL-T 1  SL-A claimed 1 verified 0")
                .doesNotContain("FR 2 UC   SL-T 1  SL-A");
    }

    @Test
    void givenAnUnknownVerificationMethod_whenAssessed_thenExit2NamingFileLineColumnAndTheMethods(@TempDir Path dir)
            throws Exception {
        var file = dir.resolve("bad.yaml");
        Files.writeString(file, SMALL.replace("verification: observation", "verification: witnessed"));

        var run = zonewarden("assess", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .containsPattern("bad\\.yaml:11:\\d+: .*unknown verification method 'witnessed'")
                .contains("known: interview, document, observation, test");
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
                .contains("{0 1 1 1 0 1 0}")
                .contains("SL-A verified")
                .contains("not assessed")
                // the assessor who signs for the zone: the latest verified answer's
                .contains("J. de Vries")
                .contains("2026-11-13")
                .contains("dmz: 1 level short in FR 1 IAC, FR 5 RDF")
                .contains("dmz: FR 2 UC, FR 3 SI, FR 4 DC, FR 6 TRE, FR 7 RA")
                .contains("SR 5.1")
                .contains("Security programme maturity")
                .contains("Method")
                .contains("@media print");
        assertThat(html).doesNotContain("<script");
        // the summary speaks only of the FRs assessed: no gap stated for an FR nobody looked at
        assertThat(html).doesNotContain("short in FR 2").doesNotContain("enterprise: ");
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
