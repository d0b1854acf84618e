package io.zonewarden.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.risk.ConsequenceCategory;
import io.zonewarden.core.model.risk.Risk;
import io.zonewarden.core.model.risk.ThreatCapability;
import io.zonewarden.core.model.risk.ThreatScenario;
import io.zonewarden.core.zoning.Finding;
import io.zonewarden.core.zoning.PlantValidator;
import io.zonewarden.core.zoning.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Residual risk and SL-T derivation on cases computed by hand on the default matrix (rows consequence 1..5, columns
 * likelihood 1..5): scores {@code [[1,1,2,3,4],[1,2,3,4,6],[2,3,5,7,9],[3,4,7,10,14],[4,6,9,14,20]]}, tolerable up
 * to 4, SL-T per cell {@code [[1,1,1,1,2],[1,1,2,2,3],[1,2,2,3,3],[2,2,3,3,4],[2,3,3,4,4]]}.
 */
class AssessRiskTest {

    private static final String YAML = """
            plant: {id: p}
            assets:
              - {id: plc-1, type: plc, purdue: 1}
              - {id: gw-1, type: remote-access, purdue: 3.5, external: true}
            zones:
              - {id: bpcs, kind: control, slTarget: "2", assets: [plc-1]}
              - {id: remote, kind: remote, slTarget: "2", assets: [gw-1]}
              - {id: quiet, kind: control, slTarget: "1"}
            conduits:
              - {id: remote-bpcs, zones: [remote, bpcs], slTarget: "2"}
            risk:
              hazards:
                - id: H-1
                  consequence: {safety: 5, production: 3}
                  safeguards:
                    - {id: SIF-1, kind: sis-trip, cyberDependent: true, zone: bpcs}
                    - {id: PSV-1, kind: mechanical}
                - id: H-2
                  consequence: {environment: 3}
                  safeguards:
                    - {id: LIC-2, kind: control-loop, cyberDependent: true, zone: bpcs}
                    - {id: LAH-2, kind: alarm, cyberDependent: true, zone: remote}
              scenarios:
                - {id: S-1, source: crime, capability: 3, entry: remote-bpcs, targets: [bpcs], hazard: H-1, likelihood: 3,
                   residualLikelihood: 2, frs: [FR 1, FR 7]}
                - {id: S-2, source: insider, capability: 2, entry: gw-1, targets: [bpcs], consequence: {financial: 2},
                   likelihood: 5}
                - {id: S-3, source: state, capability: 4, entry: remote, targets: [remote], consequence: {production: 3},
                   likelihood: 3, frs: [FR 5]}
                - {id: S-4, source: state, capability: 4, entry: remote, targets: [remote], consequence: {reputation: 1},
                   likelihood: 1}
            """;

    private static Plant plant() throws ModelFileException {
        return PlantYamlReader.read(YAML, "risk.yaml");
    }

    @Test
    void givenHandComputedScenarios_whenAssessed_thenInherentAndResidualScoresAndTolerability() throws Exception {
        var register = AssessRisk.assess(plant());
        assertThat(register.scenarios())
                .extracting(
                        ScenarioRisk::id,
                        ScenarioRisk::consequence,
                        ScenarioRisk::inherentScore,
                        ScenarioRisk::residualScore,
                        ScenarioRisk::residualTolerable,
                        ScenarioRisk::cellTarget)
                .containsExactly(
                        // C5 (safety of H-1) at L3: 9; residual L2: 6, still above 4; cell SL-T 3
                        org.assertj.core.groups.Tuple.tuple("S-1", 5, 9, 6, false, 3),
                        // C2 at L5: 6; no existing countermeasure, residual = inherent; cell SL-T 3
                        org.assertj.core.groups.Tuple.tuple("S-2", 2, 6, 6, false, 3),
                        // C3 at L3: 5 > 4; cell SL-T 2
                        org.assertj.core.groups.Tuple.tuple("S-3", 3, 5, 5, false, 2),
                        // C1 at L1: 1, tolerable; cell SL-T 1
                        org.assertj.core.groups.Tuple.tuple("S-4", 1, 1, 1, true, 1));
        assertThat(register.scenarios().get(0).category()).isEqualTo(ConsequenceCategory.SAFETY);
        assertThat(register.intolerable()).extracting(ScenarioRisk::id).containsExactly("S-1", "S-2", "S-3");
        assertThat(register.top(2)).extracting(ScenarioRisk::id).containsExactly("S-1", "S-2");
        assertThat(register.totalInherent()).isEqualTo(9 + 6 + 5 + 1);
        assertThat(register.totalResidual()).isEqualTo(6 + 6 + 5 + 1);
    }

    @Test
    void givenScenariosOnAZone_whenSlTargetDerived_thenTheWorstCellPerFrWithItsTrace() throws Exception {
        var bpcs = zone(AssessRisk.assess(plant()), "bpcs");
        // S-1 (FR1, FR7) and S-2 (all FRs) both give cell SL-T 3; S-1 comes first where it applies
        assertThat(bpcs.derived()).isEqualTo(SecurityLevelVector.of(3, 3, 3, 3, 3, 3, 3));
        var fr1 = bpcs.trace().get(0);
        assertThat(fr1.scenario()).isEqualTo("S-1");
        assertThat(fr1.consequence()).isEqualTo(5);
        assertThat(fr1.likelihood()).isEqualTo(3);
        assertThat(fr1.cellTarget()).isEqualTo(3);
        assertThat(fr1.capabilityFloor()).isEqualTo(3);
        assertThat(fr1.setBy()).isEqualTo("matrix");
        assertThat(bpcs.trace().get(1).scenario()).isEqualTo("S-2");
        assertThat(bpcs.below()).hasSize(7);
    }

    @Test
    void givenAnIntolerableScenarioOfAStrongSource_whenSlTargetDerived_thenTheCapabilityFloorSetsIt() throws Exception {
        var remote = zone(AssessRisk.assess(plant()), "remote");
        // FR5: S-3's cell gives 2, but its risk (5) is intolerable and the source has capability 4
        // other FRs: S-4 alone, tolerable, so its capability does not count: its cell, 1
        assertThat(remote.derived()).isEqualTo(SecurityLevelVector.of(1, 1, 1, 1, 4, 1, 1));
        var fr5 = remote.trace().get(FoundationalRequirement.RDF.ordinal());
        assertThat(fr5.scenario()).isEqualTo("S-3");
        assertThat(fr5.setBy()).isEqualTo("capability");
        assertThat(fr5.cellTarget()).isEqualTo(2);
        assertThat(remote.trace().get(0).scenario()).isEqualTo("S-4");
        assertThat(remote.trace().get(0).capabilityFloor()).isZero();
        assertThat(remote.below()).containsExactly(FoundationalRequirement.RDF);
    }

    @Test
    void givenAZoneNoScenarioTargets_whenSlTargetDerived_thenZeroWithoutTrace() throws Exception {
        var quiet = zone(AssessRisk.assess(plant()), "quiet");
        assertThat(quiet.derived()).isEqualTo(SecurityLevelVector.of(0, 0, 0, 0, 0, 0, 0));
        assertThat(quiet.trace()).allSatisfy(t -> assertThat(t.setBy()).isEqualTo("none"));
        assertThat(quiet.below()).isEmpty();
    }

    @Test
    void givenHazardsWithCyberSafeguards_whenHighLevelRiskAssessed_thenWorstConsequenceAndCyberPhaHazards()
            throws Exception {
        var register = AssessRisk.assess(plant());
        var bpcs = zone(register, "bpcs").highLevel();
        assertThat(bpcs.consequence()).isEqualTo(5);
        assertThat(bpcs.category()).isEqualTo(ConsequenceCategory.SAFETY);
        assertThat(bpcs.hazard()).isEqualTo("H-1");
        assertThat(bpcs.hazards()).containsExactly("H-1", "H-2");
        // H-1 has a relief valve; H-2's two safeguards run in bpcs and in remote, joined by a conduit
        assertThat(bpcs.cyberPha()).containsExactly("H-2");
        var remote = zone(register, "remote").highLevel();
        assertThat(remote.hazards()).containsExactly("H-2");
        assertThat(remote.consequence()).isEqualTo(3);
        assertThat(remote.cyberPha()).containsExactly("H-2");
        assertThat(zone(register, "quiet").highLevel().consequence()).isZero();
    }

    @Test
    void givenDeclaredTargetsBelowTheDerivedOnes_whenValidated_thenZcr56NamesZoneFrsAndScenario() throws Exception {
        var findings = PlantValidator.standard().validate(plant()).findings().stream()
                .filter(f -> f.rule().equals("ZCR-5.6"))
                .toList();
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(findings).extracting(f -> f.subjects().get(0)).containsExactly("bpcs", "remote");
        assertThat(findings.get(1).subjects()).containsExactly("remote", "S-3");
        assertThat(findings.get(1).message()).contains("FR 5 2 < 4 (S-3, capability)");
    }

    @Test
    void givenTheExamplePlant_whenAssessed_thenTheReactorHazardIsACyberPhaScenarioOfTheBpcs() throws Exception {
        var plant = PlantYamlReader.read(Path.of("../examples/chemical-plant.yaml"));
        var register = AssessRisk.assess(plant);
        var bpcs = zone(register, "bpcs");
        assertThat(bpcs.highLevel().hazard()).isEqualTo("H-01");
        assertThat(bpcs.highLevel().cyberPha()).contains("H-01").doesNotContain("H-02");
        // S-01: H-01 is catastrophic (5) at likelihood 3: score 9, cell SL-T 3, capability 3
        var s01 = register.scenarios().get(0);
        assertThat(s01.inherentScore()).isEqualTo(9);
        assertThat(s01.residualTolerable()).isFalse();
        assertThat(bpcs.trace().get(0).scenario()).isEqualTo("S-01");
        assertThat(bpcs.derived().of(FoundationalRequirement.IAC).value()).isEqualTo(3);
    }

    @Test
    void givenAScenarioOnAZoneThePlantLacks_whenAssessed_thenRefusedNamingItAndNothingComputed() throws Exception {
        var plant = plant();
        var stray = new ThreatScenario(
                "S-9",
                null,
                "x",
                ThreatCapability.CASUAL,
                "bpcs",
                List.of("nowhere"),
                null,
                new io.zonewarden.core.model.risk.Consequences(java.util.Map.of(ConsequenceCategory.SAFETY, 2)),
                2,
                List.of(),
                null,
                Set.of());
        var risk = plant.risk();
        var scenarios = new java.util.ArrayList<>(risk.scenarios());
        scenarios.add(stray);
        var bad = plant.withRisk(new Risk(risk.matrix(), risk.hazards(), scenarios, risk.countermeasures()));
        assertThatThrownBy(() -> AssessRisk.assess(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scenario S-9 targets unknown zone 'nowhere'");
    }

    private static ZoneRisk zone(RiskRegister register, String id) {
        return register.zones().stream()
                .filter(z -> z.zone().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
