package io.zonewarden.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.io.AdvisoryFolder;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.VulnerabilityDecision;
import io.zonewarden.core.model.VulnerabilityDecision.Status;
import io.zonewarden.core.risk.KnownVulnerabilities.Role;
import io.zonewarden.core.vulnerability.MatchVulnerabilities;
import io.zonewarden.core.vulnerability.MatchVulnerabilities.Confidence;
import io.zonewarden.core.vulnerability.MatchVulnerabilities.DecisionState;
import io.zonewarden.core.vulnerability.MatchVulnerabilities.Match;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example plant against the three committed advisories: plc-101 (6ES7516-3AN02-0AB0) and sis-plc-1
 * (6ES7516-3FN02-0AB0) at firmware 2.9.4 are affected exactly by ICSA-23-222-07 ({@code vers:all/<V2.9.7}, CVE-2023-0286,
 * CVSS 7.4); scada-1 is a family match of ICSA-19-099-03 without firmware. All four scenarios target bpcs.
 */
class AssessRiskVulnerabilitiesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final String ADVISORY = "ICSA-23-222-07";
    private static Plant plant;
    private static MatchVulnerabilities index;

    @BeforeAll
    static void load() throws Exception {
        plant = PlantYamlReader.read(Path.of("..", "examples", "chemical-plant.yaml"));
        var loaded = AdvisoryFolder.load(Path.of("src", "test", "resources", "csaf"), null);
        assertThat(loaded.skipped()).isEmpty();
        index = MatchVulnerabilities.of(loaded.advisories());
    }

    private static RiskRegister assess(Plant p, LocalDate asOf) {
        return AssessRisk.assess(p, index.match(p, asOf));
    }

    private static ScenarioRisk scenario(RiskRegister register, String id) {
        return register.scenarios().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<KnownVulnerabilities.Entry> bpcs(RiskRegister register) {
        return register.vulnerabilities().zones().stream()
                .filter(z -> z.subject().equals("bpcs"))
                .findFirst()
                .orElseThrow()
                .entries();
    }

    private static VulnerabilityDecision notAffected(String asset) {
        return new VulnerabilityDecision(
                asset,
                ADVISORY,
                null,
                Status.NOT_AFFECTED,
                "vulnerable_code_not_in_execute_path",
                "J. de Vries",
                LocalDate.of(2026, 11, 20),
                null);
    }

    private static VulnerabilityDecision accepted(String asset) {
        return new VulnerabilityDecision(
                asset,
                null,
                "CVE-2023-0286",
                Status.ACCEPTED,
                "update at the 2027 turnaround",
                "P. Jansen",
                LocalDate.of(2026, 11, 20),
                LocalDate.of(2027, 5, 1));
    }

    @Test
    void givenNoAdvisories_whenAssessed_thenNothingIsRaisedAndNoVulnerabilitiesAreListed() {
        var register = AssessRisk.assess(plant);
        assertThat(register.vulnerabilities()).isNull();
        assertThat(register.scenarios()).allSatisfy(s -> assertThat(s.raise()).isNull());
        assertThat(scenario(register, "S-01").inherentScore()).isEqualTo(9);
    }

    @Test
    void givenPlc101AffectedExactlyWithCvss74_whenAssessed_thenS01IsOneLevelMoreLikelyAndTheTraceNamesIt() {
        var register = assess(plant, DAY);
        var s01 = scenario(register, "S-01");
        var raise = s01.raise();
        assertThat(raise).isNotNull();
        assertThat(raise.from()).isEqualTo(3);
        assertThat(raise.to()).isEqualTo(4);
        assertThat(raise.residualFrom()).isEqualTo(3);
        assertThat(raise.residualTo()).isEqualTo(4);
        assertThat(raise.zone()).isEqualTo("bpcs");
        assertThat(raise.asset()).isEqualTo("plc-101");
        assertThat(raise.advisory()).isEqualTo(ADVISORY);
        assertThat(raise.cves()).containsExactly("CVE-2023-0286");
        assertThat(raise.cvss()).isEqualTo(7.4);
        // sis-plc-1 is affected by the same advisory: counted, not raising twice
        assertThat(raise.others()).isEqualTo(1);
        assertThat(raise.describe())
                .contains("likelihood 3 -> 4")
                .contains("plc-101")
                .contains(ADVISORY)
                .contains("CVE-2023-0286");
        // catastrophic (5) x likely (4) on the default matrix: score 14, cell SL-T 4 (was 9 and 3)
        assertThat(s01.likelihood()).isEqualTo(4);
        assertThat(s01.inherentScore()).isEqualTo(14);
        assertThat(s01.residualScore()).isEqualTo(14);
        assertThat(s01.cellTarget()).isEqualTo(4);
        var fr1 = register.zones().stream()
                .filter(z -> z.zone().equals("bpcs"))
                .findFirst()
                .orElseThrow()
                .trace()
                .get(FoundationalRequirement.IAC.ordinal());
        assertThat(fr1.scenario()).isEqualTo("S-01");
        assertThat(fr1.likelihood()).isEqualTo(4);
        assertThat(fr1.level()).isEqualTo(4);
        // S-02 rates its consequence 4 directly: likelihood 4 -> 5 scores 14, residual 3 -> 4 scores 10
        var s02 = scenario(register, "S-02");
        assertThat(s02.inherentScore()).isEqualTo(14);
        assertThat(s02.residualScore()).isEqualTo(10);
    }

    @Test
    void givenTheMatches_whenListedPerZone_thenRaisingAndToCheckAreTold_andTheVendorFixIsACandidate() {
        var register = assess(plant, DAY);
        assertThat(bpcs(register))
                .extracting(e -> e.match().asset(), KnownVulnerabilities.Entry::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("scada-1", Role.TO_CHECK),
                        org.assertj.core.groups.Tuple.tuple("plc-101", Role.RAISES),
                        org.assertj.core.groups.Tuple.tuple("sis-plc-1", Role.RAISES));
        assertThat(register.vulnerabilities().conduits())
                .allSatisfy(c -> assertThat(c.entries()).isEmpty());
        assertThat(register.vulnerabilities().updates())
                .extracting(KnownVulnerabilities.Update::id, KnownVulnerabilities.Update::remediation)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cm-update-plc-101", "Update to V2.9.7 or later version"),
                        org.assertj.core.groups.Tuple.tuple(
                                "cm-update-sis-plc-1", "Update to V2.9.7 or later version"));
        // a candidate, not a countermeasure of the model
        assertThat(plant.risk().countermeasures()).noneMatch(c -> c.id().startsWith("cm-update-"));
    }

    @Test
    void givenNotAffectedOnBothPlcs_whenAssessed_thenNothingRaisesAndTheJustificationIsInTheNote() {
        var decided = plant.withVulnerabilityDecisions(List.of(notAffected("plc-101"), notAffected("sis-plc-1")));
        var register = assess(decided, DAY);
        assertThat(register.scenarios()).allSatisfy(s -> assertThat(s.raise()).isNull());
        assertThat(scenario(register, "S-01").inherentScore()).isEqualTo(9);
        var plc = bpcs(register).stream()
                .filter(e -> e.match().asset().equals("plc-101"))
                .findFirst()
                .orElseThrow();
        assertThat(plc.role()).isEqualTo(Role.NOT_AFFECTED);
        assertThat(plc.match().status()).isEqualTo(MatchVulnerabilities.Status.KNOWN_NOT_AFFECTED);
        assertThat(plc.match().decision().state()).isEqualTo(DecisionState.NOT_AFFECTED);
        assertThat(plc.match().note()).contains("vulnerable_code_not_in_execute_path");
        assertThat(register.vulnerabilities().updates()).isEmpty();
    }

    @Test
    void givenNotAffectedOnPlc101Only_whenAssessed_thenSisPlc1StillRaises() {
        var register = assess(plant.withVulnerabilityDecisions(List.of(notAffected("plc-101"))), DAY);
        var raise = scenario(register, "S-01").raise();
        assertThat(raise.asset()).isEqualTo("sis-plc-1");
        assertThat(raise.others()).isZero();
    }

    @Test
    void givenAcceptedRiskInForce_whenAssessed_thenListedAsAcceptedAndNotRaising_untilItExpires() {
        var decided = plant.withVulnerabilityDecisions(List.of(accepted("plc-101"), accepted("sis-plc-1")));
        // the expiry day itself still counts
        for (var day : List.of(DAY, LocalDate.of(2027, 5, 1))) {
            var register = assess(decided, day);
            assertThat(register.scenarios())
                    .allSatisfy(s -> assertThat(s.raise()).isNull());
            assertThat(bpcs(register))
                    .filteredOn(e -> e.match().asset().endsWith("plc-101")
                            || e.match().asset().equals("sis-plc-1"))
                    .hasSize(2)
                    .allSatisfy(e -> {
                        assertThat(e.role()).isEqualTo(Role.ACCEPTED);
                        assertThat(e.match().status()).isEqualTo(MatchVulnerabilities.Status.AFFECTED);
                        assertThat(e.match().accepted()).isTrue();
                    });
            // the vendor fix is still the way out of an accepted risk
            assertThat(register.vulnerabilities().updates()).hasSize(2);
        }
        var expired = assess(decided, LocalDate.of(2027, 5, 2));
        var raise = scenario(expired, "S-01").raise();
        assertThat(raise).isNotNull();
        assertThat(raise.asset()).isEqualTo("plc-101");
        assertThat(raise.expiredAcceptance()).isTrue();
        assertThat(raise.describe()).contains("acceptance has expired");
        assertThat(bpcs(expired))
                .filteredOn(e -> e.match().asset().equals("plc-101"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.role()).isEqualTo(Role.RAISES);
                    assertThat(e.match().decision().state()).isEqualTo(DecisionState.EXPIRED);
                    assertThat(e.match().note()).contains("expired on 2027-05-01");
                });
    }

    @Test
    void givenADecisionOnAnotherCve_whenMatched_thenItDecidesNothing() {
        var other = new VulnerabilityDecision(
                "plc-101",
                null,
                "CVE-2022-1234",
                Status.NOT_AFFECTED,
                "component_not_present",
                "J",
                LocalDate.of(2026, 11, 20),
                null);
        var matches = index.match(plant.withVulnerabilityDecisions(List.of(other)), DAY);
        assertThat(matches)
                .filteredOn(m -> m.asset().equals("plc-101"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.status()).isEqualTo(MatchVulnerabilities.Status.AFFECTED);
                    assertThat(m.decision()).isNull();
                });
    }

    @Test
    void givenAFamilyMatchOrALowScore_whenJudged_thenItDoesNotRaise() {
        var family = new Match(
                "plc-9",
                "bpcs",
                "ICSA-X",
                "t",
                List.of("CVE-2020-1"),
                9.8,
                MatchVulnerabilities.Status.AFFECTED,
                Confidence.FAMILY,
                null,
                "p",
                null,
                null);
        var low = new Match(
                "plc-9",
                "bpcs",
                "ICSA-Y",
                "t",
                List.of("CVE-2020-2"),
                6.9,
                MatchVulnerabilities.Status.AFFECTED,
                Confidence.EXACT,
                null,
                "p",
                null,
                null);
        assertThat(Role.of(family)).isEqualTo(Role.TO_CHECK);
        assertThat(Role.of(low)).isEqualTo(Role.BELOW_THRESHOLD);
        var register = AssessRisk.assess(plant, List.of(family, low));
        assertThat(register.scenarios()).allSatisfy(s -> assertThat(s.raise()).isNull());
    }
}
