package io.zonewarden.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.model.risk.ConsequenceCategory;
import io.zonewarden.core.model.risk.FindingMatch;
import io.zonewarden.core.model.risk.RiskMatrix;
import io.zonewarden.core.model.risk.SafeguardKind;
import io.zonewarden.core.model.risk.ThreatCapability;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code risk} and {@code countermeasures} sections: read, written back, and refused with their location. */
class RiskYamlTest {

    private static final String FILE = "risk.yaml";
    private static final Path EXAMPLE = Path.of("../examples/chemical-plant.yaml");

    private static final String PLANT = """
            plant: {id: p}
            assets:
              - {id: plc-1, type: plc, purdue: 1}
              - {id: gw-1, type: remote-access, purdue: 3.5, external: true}
            zones:
              - {id: bpcs, kind: control, slTarget: "2", assets: [plc-1]}
              - {id: remote, kind: remote, slTarget: "2", assets: [gw-1]}
            conduits:
              - {id: remote-bpcs, zones: [remote, bpcs], slTarget: "2"}
            """;

    private static final String RISK = """
            risk:
              hazards:
                - id: H-1
                  description: reactor overpressure
                  consequence: {safety: catastrophic, production: 3}
                  safeguards:
                    - {id: SIF-1, kind: sis-trip, cyberDependent: true, zone: bpcs}
                    - {id: PSV-1, name: relief valve, kind: mechanical}
              scenarios:
                - {id: S-1, source: crime, capability: moderate, entry: remote-bpcs, targets: [bpcs], hazard: H-1,
                   likelihood: possible, residualLikelihood: 2, existing: [jump host], frs: [FR 1, RA]}
                - {id: S-2, source: insider, capability: 2, entry: gw-1, targets: bpcs, consequence: {financial: 2},
                   likelihood: 5}
            countermeasures:
              - {id: cm-a, name: MFA, cost: 1000, yearlyCost: 100, effort: 3, reduces: [{scenario: S-1, likelihood: 1}],
                 satisfies: [{zone: bpcs, requirements: ["sr1.1 re(2)"]}]}
              - {id: cm-b, cost: 500, requires: [cm-a], reduces: [{scenario: S-2, likelihood: 2, consequence: 1}], required: true, resolves: [ZCR-3.3, {rule: DMZ-BYPASS, subject: remote-bpcs}]}
            """;

    @Test
    void givenRiskAndCountermeasures_whenRead_thenEveryPartIsTyped() throws ModelFileException {
        var risk = PlantYamlReader.read(PLANT + RISK, FILE).risk();
        assertThat(risk.matrix()).isEqualTo(RiskMatrix.DEFAULT);
        var hazard = risk.hazards().get(0);
        assertThat(hazard.consequence().levels())
                .containsEntry(ConsequenceCategory.SAFETY, 5)
                .containsEntry(ConsequenceCategory.PRODUCTION, 3);
        assertThat(hazard.safeguards().get(0).kind()).isEqualTo(SafeguardKind.SIS_TRIP);
        assertThat(hazard.safeguards().get(1).name()).isEqualTo("relief valve");
        var s1 = risk.scenarios().get(0);
        assertThat(s1.capability()).isEqualTo(ThreatCapability.MODERATE);
        assertThat(s1.likelihood()).isEqualTo(3);
        assertThat(s1.currentLikelihood()).isEqualTo(2);
        assertThat(s1.frs()).containsExactly(FoundationalRequirement.IAC, FoundationalRequirement.RA);
        var s2 = risk.scenarios().get(1);
        assertThat(s2.targets()).containsExactly("bpcs");
        assertThat(s2.allFrs()).isTrue();
        var a = risk.countermeasures().get(0);
        assertThat(a.cost(3)).isEqualTo(1_300);
        assertThat(a.satisfies().get(0).requirements()).containsExactly("SR 1.1 RE 2");
        assertThat(risk.countermeasures().get(1).name()).isEqualTo("cm-b");
        assertThat(a.required()).isFalse();
        assertThat(a.resolves()).isEmpty();
        var b = risk.countermeasures().get(1);
        assertThat(b.required()).isTrue();
        assertThat(b.resolves())
                .containsExactly(new FindingMatch("ZCR-3.3", null), new FindingMatch("DMZ-BYPASS", "remote-bpcs"));
        assertThat(b.resolves().get(1).matches("DMZ-BYPASS", List.of("remote-bpcs", "remote")))
                .isTrue();
        assertThat(b.resolves().get(1).matches("DMZ-BYPASS", List.of("other"))).isFalse();
        assertThat(b.resolves().get(0).matches("ZCR-3.3", List.of("any"))).isTrue();
    }

    @Test
    void givenRiskSections_whenWrittenAndReadBack_thenEqualPlantAndSameText() throws ModelFileException {
        var plant = PlantYamlReader.read(PLANT + RISK, FILE);
        var written = PlantYamlWriter.write(plant);
        assertThat(PlantYamlReader.read(written, FILE)).isEqualTo(plant);
        assertThat(PlantYamlWriter.write(PlantYamlReader.read(written, FILE))).isEqualTo(written);
    }

    @Test
    void givenTheExamplePlant_whenWrittenAndReadBack_thenItsRiskIsEqual() throws ModelFileException {
        var plant = PlantYamlReader.read(EXAMPLE);
        assertThat(plant.risk().hazards()).extracting(h -> h.id()).containsExactly("H-01", "H-02", "H-03");
        assertThat(plant.risk().scenarios()).hasSize(4);
        assertThat(plant.risk().countermeasures()).hasSize(8);
        assertThat(PlantYamlReader.read(PlantYamlWriter.write(plant), FILE).risk())
                .isEqualTo(plant.risk());
    }

    @Test
    void givenACalibratedThreeByThreeMatrix_whenRead_thenLevelsAndLabelsFollowIt() throws ModelFileException {
        var yaml = PLANT + """
                risk:
                  matrix:
                    likelihood: [low, medium, high]
                    consequence: [minor, serious, severe]
                    score: [[1, 2, 3], [2, 4, 6], [3, 6, 9]]
                    tolerable: 3
                    slTarget: [[1, 1, 2], [1, 2, 3], [2, 3, 4]]
                  scenarios:
                    - {id: S-1, source: x, capability: 1, entry: bpcs, targets: [bpcs], consequence: {safety: severe}, likelihood: high}
                """;
        var plant = PlantYamlReader.read(yaml, FILE);
        assertThat(plant.risk().matrix().score(3, 3)).isEqualTo(9);
        assertThat(plant.risk().matrix().isDefault()).isFalse();
        assertThat(PlantYamlReader.read(PlantYamlWriter.write(plant), FILE)).isEqualTo(plant);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown target zone      | targets: [bpcs], hazard: H-1                       | targets: [bpsc], hazard: H-1                       | 10 | unknown zone 'bpsc' (did you mean 'bpcs'?)
            unknown entry            | entry: remote-bpcs                                 | entry: nowhere                                     | 10 | unknown entry point 'nowhere'
            unknown hazard           | hazard: H-1,                                       | hazard: H-9,                                       | 10 | unknown hazard 'H-9'
            likelihood off matrix    | likelihood: possible                               | likelihood: 6                                      | 11 | expected a likelihood level 1..5
            residual above inherent  | residualLikelihood: 2                              | residualLikelihood: 4                              | 11 | is above the unmitigated one
            negative cost            | cost: 500                                          | cost: -500                                         | 17 | found negative -500
            unknown scenario         | {scenario: S-2, likelihood: 2, consequence: 1}     | {scenario: S-7, likelihood: 2}                     | 17 | unknown scenario 'S-7'
            unknown prerequisite     | requires: [cm-a]                                   | requires: [cm-z]                                   | 17 | unknown countermeasure 'cm-z'
            unknown resolved rule    | resolves: [ZCR-3.3,                                | resolves: [ZCR-3.33,                               | 17 | unknown rule 'ZCR-3.33': expected a rule id of validate, e.g. ZCR-3.3 (did you mean 'ZCR-3.3'?)
            unknown resolved subject | subject: remote-bpcs}                              | subject: nowhere}                                  | 17 | unknown subject 'nowhere': expected the id of an asset, zone or conduit
            required not a boolean   | required: true                                     | required: maybe                                    | 17 | expected true or false
            unknown requirement      | requirements: ["sr1.1 re(2)"]                      | requirements: [SR 9.9]                             | 16 | unknown IEC 62443-3-3 requirement 'SR 9.9'
            unknown category         | {safety: catastrophic, production: 3}              | {safety: catastrophic, productoin: 3}              | 5  | unknown consequence category 'productoin' (did you mean 'production'?)
            cyber safeguard no zone  | cyberDependent: true, zone: bpcs                   | cyberDependent: true                               | 7  | name the zone it runs in
            limits on cyber safeguard | cyberDependent: true, zone: bpcs                  | cyberDependent: true, zone: bpcs, limits: {safety: 2} | 7 | a cyber-dependent safeguard cannot limit a consequence
            limit off the matrix     | kind: mechanical                                   | kind: mechanical, limits: {environment: 6}         | 8  | expected a consequence level 1..5
            empty frs                | frs: [FR 1, RA]                                    | frs: []                                            | 11 | expected at least one foundational requirement
            """)
    void givenBadRiskInput_whenRead_thenRefusedWithItsLine(
            String name, String good, String bad, int line, String message) {
        var yaml = PLANT + RISK.replace(good, bad);
        assertThat(yaml).as("the case edits the fixture").isNotEqualTo(PLANT + RISK);
        var refusal = catchThrowableOfType(ModelFileException.class, () -> PlantYamlReader.read(yaml, FILE));
        assertThat(refusal).as(name).isNotNull();
        assertThat(refusal.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line + 9);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void givenALimitInACategoryTheMatrixDoesNotRate_whenRead_thenRefusedWithFileLineAndColumn() {
        var bad = "{id: PSV-1, name: relief valve, kind: mechanical, limits: {enviroment: 2}}";
        var yaml = PLANT + RISK.replace("{id: PSV-1, name: relief valve, kind: mechanical}", bad);
        var refusal = catchThrowableOfType(ModelFileException.class, () -> PlantYamlReader.read(yaml, FILE));
        // PLANT has 9 lines, PSV-1 is line 8 of RISK; the key starts after "limits: {" on that line
        var lineText = yaml.lines().toList().get(16);
        assertThat(lineText).contains(bad);
        assertThat(refusal.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isEqualTo(17);
            assertThat(p.column()).isEqualTo(lineText.indexOf("enviroment") + 1);
            assertThat(p.field()).isEqualTo("risk.hazards[0].safeguards[1].limits");
            assertThat(p.message())
                    .contains("unknown consequence category 'enviroment' (did you mean 'environment'?)")
                    .contains("known: safety, environment, production, financial, reputation, regulatory");
        });
    }

    @Test
    void givenLimitsFrsAndSisSignOff_whenWrittenAndReadBack_thenEqualAndFrsDeclaredKept() throws ModelFileException {
        var yaml = PLANT
                + RISK.replace(
                                "{id: PSV-1, name: relief valve, kind: mechanical}",
                                "{id: PSV-1, name: relief valve, kind: mechanical, limits: {safety: 3, production: minor}}")
                        .replace("frs: [FR 1, RA]", "frs: [FR 1, FR 2, FR 3, FR 4, FR 5, FR 6, FR 7]")
                        .replace(
                                "\ncountermeasures:",
                                "\n  sisAssessments:\n    - {zone: bpcs, approvedBy: A. Berg, role: process safety"
                                        + " manager, date: 2026-03-01}\ncountermeasures:");
        var plant = PlantYamlReader.read(yaml, FILE);
        var psv = plant.risk().hazards().get(0).safeguards().get(1);
        assertThat(psv.limits().levels())
                .containsExactly(
                        java.util.Map.entry(ConsequenceCategory.SAFETY, 3),
                        java.util.Map.entry(ConsequenceCategory.PRODUCTION, 2));
        var scenarios = plant.risk().scenarios();
        // S-1 names all seven FRs: declared, so no warning, and written back as declared
        assertThat(scenarios.get(0).frsDeclared()).isTrue();
        assertThat(scenarios.get(0).allFrs()).isTrue();
        assertThat(scenarios.get(1).frsDeclared()).isFalse();
        assertThat(plant.risk().sisAssessments()).singleElement().satisfies(a -> {
            assertThat(a.zone()).isEqualTo("bpcs");
            assertThat(a.approvedBy()).isEqualTo("A. Berg");
            assertThat(a.role()).isEqualTo("process safety manager");
            assertThat(a.date()).isEqualTo(java.time.LocalDate.of(2026, 3, 1));
        });
        var written = PlantYamlWriter.write(plant);
        assertThat(written)
                .contains("limits: {safety: 3, production: 2}")
                .contains("frs: [FR 1, FR 2, FR 3, FR 4, FR 5, FR 6, FR 7]");
        var again = PlantYamlReader.read(written, FILE);
        assertThat(again).isEqualTo(plant);
        assertThat(PlantYamlWriter.write(again)).isEqualTo(written);
    }

    @Test
    void givenAnSisSignOffOfAnUnknownZoneOrABadDate_whenRead_thenRefusedWithTheirLines() {
        var yaml = PLANT
                + RISK.replace(
                        "\ncountermeasures:",
                        "\n  sisAssessments:"
                                + "\n    - {zone: sis, approvedBy: A. Berg, role: process safety manager, date: 2026-03-01}"
                                + "\n    - {zone: bpcs, approvedBy: A. Berg, role: process safety manager, date: 1 March}"
                                + "\n    - {zone: bpcs, role: process safety manager, date: 2026-03-01}"
                                + "\ncountermeasures:");
        var refusal = catchThrowableOfType(ModelFileException.class, () -> PlantYamlReader.read(yaml, FILE));
        assertThat(refusal.problems())
                .extracting(p -> p.line() + " " + p.message())
                .anySatisfy(m -> assertThat(m).startsWith("24 unknown zone 'sis'"))
                .anySatisfy(m -> assertThat(m).startsWith("25 expected a date year-month-day, found '1 March'"))
                .anySatisfy(m -> assertThat(m).startsWith("26 missing 'approvedBy'"));
    }

    @Test
    void givenACycleAmongPrerequisites_whenRead_thenRefusedNamingTheCycle() {
        var yaml = PLANT + RISK.replace("{id: cm-a, name: MFA,", "{id: cm-a, name: MFA, requires: [cm-b],");
        var refusal = catchThrowableOfType(ModelFileException.class, () -> PlantYamlReader.read(yaml, FILE));
        assertThat(refusal.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(24);
            assertThat(p.message()).contains("cycle: cm-a -> cm-b -> cm-a");
        });
    }

    @Test
    void givenAMatrixWithAMissingCell_whenRead_thenRefusedNamingTheRow() {
        var yaml = PLANT + """
                risk:
                  matrix:
                    likelihood: [low, high]
                    consequence: [minor, severe]
                    score: [[1, 2], [3]]
                    tolerable: 2
                    slTarget: [[1, 2], [2, 3]]
                """;
        var refusal = catchThrowableOfType(ModelFileException.class, () -> PlantYamlReader.read(yaml, FILE));
        assertThat(refusal.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("risk.matrix.score[1]");
            assertThat(p.message()).contains("expected 2 cells").contains("every cell");
        });
    }

    @Test
    void givenANonSquareMatrixWithoutSlTarget_whenRead_thenRefusedAsTheDefaultMappingIsFiveByFive() {
        var yaml = PLANT + """
                risk:
                  matrix: {likelihood: [low, high], consequence: [minor, severe], score: [[1, 2], [3, 4]], tolerable: 2}
                """;
        var refusal = catchThrowableOfType(ModelFileException.class, () -> PlantYamlReader.read(yaml, FILE));
        assertThat(refusal.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("missing 'slTarget'"));
    }

    @Test
    void givenAMatrixWhoseScoreFallsAsTheConsequenceWorsens_whenRead_thenRefused() {
        var yaml = PLANT + """
                risk:
                  matrix: {likelihood: [low, high], consequence: [minor, severe], score: [[1, 5], [3, 4]], tolerable: 2,
                           slTarget: [[1, 2], [2, 3]]}
                """;
        var refusal = catchThrowableOfType(ModelFileException.class, () -> PlantYamlReader.read(yaml, FILE));
        assertThat(refusal.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("score[2][2] = 4"));
    }
}
