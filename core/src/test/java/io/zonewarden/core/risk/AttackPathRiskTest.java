package io.zonewarden.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.risk.ConsequenceCategory;
import io.zonewarden.core.model.risk.ConsequenceLimit;
import io.zonewarden.core.zoning.Finding;
import io.zonewarden.core.zoning.PlantValidator;
import io.zonewarden.core.zoning.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Attack paths, conduit SL-T, consequence limits, scenario FRs and the SIS assessment of a safety zone, on a drawing
 * small enough to follow by hand on the default matrix (scores {@code [[1,1,2,3,4],[1,2,3,4,6],[2,3,5,7,9],
 * [3,4,7,10,14],[4,6,9,14,20]]}, tolerable up to 4, SL-T per cell {@code [[1,1,1,1,2],[1,1,2,2,3],[1,2,2,3,3],
 * [2,2,3,3,4],[2,3,3,4,4]]}).
 *
 * <pre>
 *   remote --remote-dmz-- dmz --dmz-bpcs-- bpcs --bpcs-sis-- sis        island (no conduit)
 *                          |
 *   corp  ----corp-dmz-----+
 * </pre>
 */
class AttackPathRiskTest {

    private static final String YAML = """
            plant: {id: p}
            assets:
              - {id: plc-1, type: plc, purdue: 1}
              - {id: sw-1, type: switch, purdue: 1}
              - {id: sis-1, type: safety-plc, purdue: 1, safety: true}
            zones:
              - {id: remote, kind: remote, slTarget: "2"}
              - {id: dmz, kind: dmz, slTarget: "2"}
              - {id: corp, kind: enterprise, slTarget: "1"}
              - {id: bpcs, kind: control, slTarget: "3", assets: [plc-1, sw-1]}
              - {id: sis, kind: safety, slTarget: "3", assets: [sis-1, sw-1]}
              - {id: island, kind: control, slTarget: "1"}
            conduits:
              - {id: remote-dmz, zones: [remote, dmz], slTarget: "2"}
              - {id: corp-dmz, zones: [corp, dmz], slTarget: "1"}
              - {id: dmz-bpcs, zones: [dmz, bpcs], slTarget: "{3 3 3 1 3 1 3}"}
              - {id: bpcs-sis, zones: [bpcs, sis], slTarget: "3"}
            risk:
              hazards:
                - id: H-1
                  consequence: {safety: 5, environment: 4}
                  safeguards:
                    - {id: SIF-1, name: high-pressure trip, kind: sis-trip, cyberDependent: true, zone: sis}
                    - {id: DIKE-1, kind: mechanical, limits: {environment: 2}}
                - id: H-2
                  consequence: {production: 3}
                  safeguards:
                    - {id: SIF-2, kind: sis-trip, cyberDependent: true, zone: bpcs}
                - id: H-3
                  consequence: {environment: 4}
                  safeguards:
                    - {id: BUND-3, kind: mechanical, limits: {environment: 2}}
                    - {id: BUND-3B, kind: mechanical, limits: {environment: 3}}
              scenarios:
                - {id: S-1, source: crime, capability: 3, entry: remote-dmz, targets: [bpcs], hazard: H-1, likelihood: 3,
                   frs: [FR 1, FR 3]}
                - {id: S-2, source: insider, capability: 1, entry: corp, targets: [sis], consequence: {production: 2},
                   likelihood: 2}
                - {id: S-3, source: crew, capability: 2, entry: remote, targets: [island], consequence: {financial: 3},
                   likelihood: 1, frs: [FR 7]}
                - {id: S-4, source: crew, capability: 2, entry: bpcs, targets: [bpcs], hazard: H-3, likelihood: 3,
                   frs: [FR 3]}
              sisAssessments:
                - {zone: sis, approvedBy: A. Berg, role: process safety manager, date: 2026-03-01}
            countermeasures:
              - {id: cm-sis, cost: 100, satisfies: [{zone: sis, requirements: [SR 5.1]}]}
              - {id: cm-s2, cost: 100, reduces: [{scenario: S-2, likelihood: 1}]}
              - {id: cm-s1, cost: 100, reduces: [{scenario: S-1, likelihood: 1}]}
            """;

    private static Plant plant() throws ModelFileException {
        return PlantYamlReader.read(YAML, "paths.yaml");
    }

    private static SecurityLevelVector sl(int... levels) {
        return SecurityLevelVector.of(levels);
    }

    @Test
    void givenEntriesAsConduitZoneAndTarget_whenPathsFound_thenShortestChainsAndUnreachableTargets() throws Exception {
        var register = AssessRisk.assess(plant());
        var s1 = register.path("S-1").orElseThrow();
        // entering by the conduit puts the attacker in remote and dmz; bpcs is one conduit further
        assertThat(s1.entryZones()).containsExactly("remote", "dmz");
        assertThat(s1.chains()).containsExactly(Map.entry("bpcs", List.of("remote-dmz", "dmz-bpcs")));
        assertThat(s1.conduits()).containsExactly("remote-dmz", "dmz-bpcs");
        assertThat(s1.unreachable()).isEmpty();
        var s2 = register.path("S-2").orElseThrow();
        assertThat(s2.chains()).containsExactly(Map.entry("sis", List.of("corp-dmz", "dmz-bpcs", "bpcs-sis")));
        // no conduit joins the island
        var s3 = register.path("S-3").orElseThrow();
        assertThat(s3.unreachable()).containsExactly("island");
        assertThat(s3.conduits()).isEmpty();
        // entering the target zone itself crosses no conduit
        var s4 = register.path("S-4").orElseThrow();
        assertThat(s4.chains()).containsExactly(Map.entry("bpcs", List.of()));
        assertThat(s4.conduits()).isEmpty();
    }

    @Test
    void givenTwoEquallyShortChains_whenPathsFound_thenEveryConduitOnEitherGetsTheScenario() throws Exception {
        // a second way from dmz to bpcs of the same length, through ops: an attacker may take either
        var yaml = YAML.replace(
                        "  - {id: island, kind: control, slTarget: \"1\"}",
                        "  - {id: island, kind: control, slTarget: \"1\"}\n  - {id: ops, kind: control, slTarget: \"2\"}")
                .replace(
                        "  - {id: bpcs-sis,",
                        "  - {id: dmz-ops, zones: [dmz, ops], slTarget: \"2\"}\n"
                                + "  - {id: ops-bpcs, zones: [ops, bpcs], slTarget: \"2\"}\n  - {id: bpcs-sis,");
        var plant = PlantYamlReader.read(yaml, "paths.yaml");
        var s1 = AssessRisk.assess(plant).path("S-1").orElseThrow();
        assertThat(s1.conduits()).containsExactly("remote-dmz", "dmz-bpcs");
        // S-2 from corp to sis: corp-dmz, then dmz-bpcs (3 conduits) beats dmz-ops, ops-bpcs (4)
        var s2 = AssessRisk.assess(plant).path("S-2").orElseThrow();
        assertThat(s2.conduits()).containsExactly("corp-dmz", "dmz-bpcs", "bpcs-sis");
        // entering at dmz towards ops-or-bpcs alike: a scenario aimed at bpcs from ops' neighbour dmz by way of a
        // zone entry is 1 conduit (dmz-bpcs); one entering at remote is 2 (remote-dmz, dmz-bpcs)
        var yaml2 = yaml.replace("entry: remote, targets: [island]", "entry: corp, targets: [ops, bpcs]");
        var s3 = AssessRisk.assess(PlantYamlReader.read(yaml2, "paths.yaml"))
                .path("S-3")
                .orElseThrow();
        assertThat(s3.conduits()).containsExactly("corp-dmz", "dmz-bpcs", "dmz-ops");
        // to bpcs: corp-dmz + dmz-bpcs (2); corp-dmz + dmz-ops + ops-bpcs is 3, so ops-bpcs is not on it
        assertThat(s3.chains().get("bpcs")).containsExactly("corp-dmz", "dmz-bpcs");
    }

    @Test
    void givenScenariosCrossingConduits_whenAssessed_thenConduitSlTargetPerFrWithTrace() throws Exception {
        var register = AssessRisk.assess(plant());
        var byId =
                register.conduits().stream().collect(java.util.stream.Collectors.toMap(ConduitRisk::conduit, c -> c));
        // S-1: H-1 safety 5 at likelihood 3: score 9 (intolerable), cell SL 3, capability 3: SL 3 in FR 1 and FR 3
        var remoteDmz = byId.get("remote-dmz");
        assertThat(remoteDmz.scenarios()).containsExactly("S-1");
        assertThat(remoteDmz.derived()).isEqualTo(sl(3, 0, 3, 0, 0, 0, 0));
        assertThat(remoteDmz.below()).containsExactly(FoundationalRequirement.IAC, FoundationalRequirement.SI);
        // S-2: production 2 at likelihood 2: score 2 (tolerable), cell SL 1, no capability floor; all seven FRs
        var dmzBpcs = byId.get("dmz-bpcs");
        assertThat(dmzBpcs.scenarios()).containsExactly("S-1", "S-2");
        assertThat(dmzBpcs.derived()).isEqualTo(sl(3, 1, 3, 1, 1, 1, 1));
        assertThat(dmzBpcs.below()).isEmpty();
        var fr1 = dmzBpcs.trace().get(0);
        assertThat(fr1).isEqualTo(new TargetTrace(FoundationalRequirement.IAC, 3, "S-1", 5, 3, 3, 3, "matrix", false));
        var fr2 = dmzBpcs.trace().get(1);
        assertThat(fr2).isEqualTo(new TargetTrace(FoundationalRequirement.UC, 1, "S-2", 2, 2, 1, 0, "matrix", true));
        assertThat(byId.get("corp-dmz").derived()).isEqualTo(sl(1, 1, 1, 1, 1, 1, 1));
        assertThat(byId.get("bpcs-sis").derived()).isEqualTo(sl(1, 1, 1, 1, 1, 1, 1));
    }

    @Test
    void givenAConduitBelowTheAttacksCrossingIt_whenValidated_thenOneConduitWarningNamingTheScenario()
            throws Exception {
        var findings = PlantValidator.standard().validate(plant()).findings().stream()
                .filter(f -> f.rule().equals("ZCR-5.6-CONDUIT"))
                .toList();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subjects()).containsExactly("remote-dmz", "S-1");
            assertThat(f.message()).contains("FR 1 2 < 3 (S-1), FR 3 2 < 3 (S-1)");
        });
    }

    @Test
    void givenScenarioWithoutFrsAndAnUnreachableOne_whenValidated_thenBothWarnOnlyForThem() throws Exception {
        var findings = PlantValidator.standard().validate(plant()).findings();
        assertThat(findings.stream().filter(f -> f.rule().equals("SCENARIO-FRS-MISSING")))
                .extracting(Finding::subjects, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("S-2"), Severity.WARNING));
        assertThat(findings.stream().filter(f -> f.rule().equals("SCENARIO-UNREACHABLE")))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.subjects()).containsExactly("S-3");
                    assertThat(f.message()).contains("to island");
                });
    }

    @Test
    void givenAReachableScenario_whenTheConduitIsAdded_thenUnreachableNoLongerFires() throws Exception {
        var yaml = YAML.replace(
                "  - {id: bpcs-sis,",
                "  - {id: remote-island, zones: [remote, island], slTarget: \"1\"}\n  - {id: bpcs-sis,");
        var findings = PlantValidator.standard()
                .validate(PlantYamlReader.read(yaml, "paths.yaml"))
                .findings();
        assertThat(findings).noneMatch(f -> f.rule().equals("SCENARIO-UNREACHABLE"));
    }

    @Test
    void givenMechanicalSafeguardsWithLimits_whenAssessed_thenConsequenceCappedAndShownLowestLimitWins()
            throws Exception {
        var register = AssessRisk.assess(plant());
        var s1 = register.scenarios().get(0);
        // H-1: environment 4 held to 2 by DIKE-1; safety 5 is still the worst
        assertThat(s1.limits()).containsExactly(new ConsequenceLimit(ConsequenceCategory.ENVIRONMENT, 4, 2, "DIKE-1"));
        assertThat(s1.consequence()).isEqualTo(5);
        // H-3: environment 4, held to 2 by BUND-3 (the lower of BUND-3's 2 and BUND-3B's 3): at likelihood 3
        // score[2-1][3-1] = 3, tolerable, instead of score[4-1][3-1] = 7 uncapped; cell SL-T 2 instead of 3
        var s4 = register.scenarios().get(3);
        assertThat(s4.limits()).containsExactly(new ConsequenceLimit(ConsequenceCategory.ENVIRONMENT, 4, 2, "BUND-3"));
        assertThat(s4.consequence()).isEqualTo(2);
        assertThat(s4.category()).isEqualTo(ConsequenceCategory.ENVIRONMENT);
        assertThat(s4.inherentScore()).isEqualTo(3);
        assertThat(s4.inherentTolerable()).isTrue();
        assertThat(s4.cellTarget()).isEqualTo(2);
        // the roadmap reads the same capped consequence
        assertThat(plant().risk()
                        .consequenceOf(plant().risk().scenarios().get(3))
                        .worst())
                .isEqualTo(2);
    }

    @Test
    void givenZonesNoScenarioTargets_whenAssessed_thenNotDerived() throws Exception {
        var register = AssessRisk.assess(plant());
        assertThat(register.zones())
                .filteredOn(z -> !z.derivedFromScenarios())
                .extracting(ZoneRisk::zone)
                .containsExactly("remote", "dmz", "corp");
        var bpcs = register.zones().get(3);
        assertThat(bpcs.derivedFromScenarios()).isTrue();
        // S-1 FR 1, FR 3 at SL 3; S-4 FR 3 at its capped cell SL 2 (tolerable, so no capability floor)
        assertThat(bpcs.derived()).isEqualTo(sl(3, 0, 3, 0, 0, 0, 0));
    }

    @Test
    void givenASafetyZone_whenAssessed_thenItsSisAssessmentAsIec61511Asks() throws Exception {
        var register = AssessRisk.assess(plant());
        assertThat(register.safetyZones()).singleElement().satisfies(sis -> {
            assertThat(sis.zone()).isEqualTo("sis");
            assertThat(sis.sifs()).containsExactly(new SafetyZoneRisk.Sif("H-1", "SIF-1", "high-pressure trip", "sis"));
            // S-2 targets it; S-1's path (remote-dmz, dmz-bpcs) does not touch it
            assertThat(sis.scenarios()).containsExactly("S-2");
            assertThat(sis.controlConduits()).containsExactly("bpcs-sis");
            assertThat(sis.sharedAssets()).containsExactly("sw-1");
            assertThat(sis.independent()).isFalse();
            assertThat(sis.countermeasures()).containsExactly("cm-sis", "cm-s2");
            // S-2: production 2 at likelihood 2: score 2, tolerable
            assertThat(sis.worstResidual()).isEqualTo(2);
            assertThat(sis.intolerable()).isEmpty();
            assertThat(sis.signOffs()).singleElement().satisfies(a -> {
                assertThat(a.approvedBy()).isEqualTo("A. Berg");
                assertThat(a.date()).isEqualTo(LocalDate.of(2026, 3, 1));
            });
        });
        assertThat(register.sifsOutsideSafetyZones())
                .containsExactly(new SafetyZoneRisk.Sif("H-2", "SIF-2", "SIF-2", "bpcs"));
    }
}
