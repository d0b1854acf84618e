package io.zonewarden.app.cli;

import static io.zonewarden.app.cli.ValidateCommandTest.EXAMPLE;
import static io.zonewarden.app.cli.ValidateCommandTest.zonewarden;
import static io.zonewarden.app.cli.VulnerabilitiesCommandTest.ADVISORIES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code risk --advisories} and {@code report --kind risk --advisories}: the example plant's plc-101 and sis-plc-1
 * (firmware 2.9.4) are affected exactly by ICSA-23-222-07 (CVE-2023-0286, CVSS 7.4, fixed in V2.9.7); every scenario
 * targets bpcs. S-01 is catastrophic (5) at likelihood 3 on the default matrix: score 9, raised to 4: score 14.
 */
class RiskVulnerabilitiesCommandTest {

    private static Path withDecisions(Path dir, String decisions) throws IOException {
        var model = dir.resolve("plant.yaml");
        Files.writeString(
                model, Files.readString(Path.of(EXAMPLE)) + "vulnerabilityDecisions:\n" + decisions.indent(2));
        return model;
    }

    private static ValidateCommandTest.Run risk(Path model, String... more) {
        var args = new ArrayList<String>();
        args.add("risk");
        args.add(model.toString());
        args.add("--advisories");
        args.add(ADVISORIES.toString());
        args.add("--no-index");
        args.addAll(java.util.List.of(more));
        return zonewarden(args.toArray(String[]::new));
    }

    private static tools.jackson.databind.JsonNode scenario(ValidateCommandTest.Run run, String id) {
        for (var s : run.json().get("scenarios")) if (s.get("id").asString().equals(id)) return s;
        throw new AssertionError("no scenario " + id);
    }

    @Test
    void withoutAdvisories_theRegisterHasNoVulnerabilitiesAndS01StaysAtLikelihood3() {
        var run = zonewarden("risk", EXAMPLE, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().has("vulnerabilities")).isFalse();
        var s01 = scenario(run, "S-01");
        assertThat(s01.has("likelihoodRaise")).isFalse();
        assertThat(s01.get("likelihood").asInt()).isEqualTo(3);
        assertThat(s01.get("inherent").asInt()).isEqualTo(9);
        assertThat(zonewarden("risk", EXAMPLE).out()).doesNotContain("raised:").doesNotContain("Known vulnerab");
    }

    @Test
    void withAdvisories_s01IsOneLevelMoreLikely_theTraceNamesPlc101_andTheFixIsACandidate() {
        var run = risk(Path.of(EXAMPLE), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var s01 = scenario(run, "S-01");
        assertThat(s01.get("likelihood").asInt()).isEqualTo(4);
        assertThat(s01.get("residualLikelihood").asInt()).isEqualTo(4);
        assertThat(s01.get("inherent").asInt()).isEqualTo(14);
        assertThat(s01.get("slTargetCell").asInt()).isEqualTo(4);
        var raise = s01.get("likelihoodRaise");
        assertThat(raise.get("from").asInt()).isEqualTo(3);
        assertThat(raise.get("to").asInt()).isEqualTo(4);
        assertThat(raise.get("asset").asString()).isEqualTo("plc-101");
        assertThat(raise.get("advisory").asString()).isEqualTo("ICSA-23-222-07");
        assertThat(raise.get("cves").get(0).asString()).isEqualTo("CVE-2023-0286");
        assertThat(raise.get("cvss").asDouble()).isEqualTo(7.4);
        var vulnerabilities = run.json().get("vulnerabilities");
        var roles = new ArrayList<String>();
        for (var zone : vulnerabilities.get("zones")) {
            if (!zone.get("zone").asString().equals("bpcs")) continue;
            for (var m : zone.get("matches"))
                roles.add(m.get("asset").asString() + ":" + m.get("role").asString());
        }
        assertThat(roles).containsExactly("scada-1:to-check", "plc-101:raises", "sis-plc-1:raises");
        var candidates = new ArrayList<String>();
        for (var c : vulnerabilities.get("countermeasureCandidates")) {
            candidates.add(c.get("id").asString() + ": " + c.get("remediation").asString());
        }
        assertThat(candidates)
                .containsExactly(
                        "cm-update-plc-101: Update to V2.9.7 or later version",
                        "cm-update-sis-plc-1: Update to V2.9.7 or later version");

        var text = risk(Path.of(EXAMPLE)).out();
        assertThat(text)
                .contains("raised: likelihood 3 -> 4, with existing countermeasures 3 -> 4: plc-101 in zone bpcs is"
                        + " affected by ICSA-23-222-07 (CVE-2023-0286), CVSS 7.4")
                .contains("Known vulnerabilities per zone and conduit (ZCR 5.2)")
                .contains("cm-update-plc-101");
    }

    @Test
    void notAffectedOnBothPlcs_removesTheRaise(@TempDir Path dir) throws IOException {
        var model = withDecisions(dir, """
                - {asset: plc-101, advisory: ICSA-23-222-07, status: not_affected, justification: vulnerable_code_not_in_execute_path, decidedBy: J. de Vries, date: 2026-11-20}
                - {asset: sis-plc-1, cve: CVE-2023-0286, status: not_affected, justification: vulnerable_code_not_in_execute_path, decidedBy: J. de Vries, date: 2026-11-20}
                """);
        var run = risk(model, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var s01 = scenario(run, "S-01");
        assertThat(s01.has("likelihoodRaise")).isFalse();
        assertThat(s01.get("inherent").asInt()).isEqualTo(9);
        var vulnerabilities = zonewarden(
                        "vulnerabilities",
                        model.toString(),
                        "--advisories",
                        ADVISORIES.toString(),
                        "--no-index",
                        "--format",
                        "json")
                .json();
        assertThat(vulnerabilities.get("counts").get("known_not_affected").asInt())
                .isEqualTo(2);
        for (var m : vulnerabilities.get("matches")) {
            if (!m.get("asset").asString().equals("plc-101")) continue;
            assertThat(m.get("decision").get("status").asString()).isEqualTo("not_affected");
            assertThat(m.get("note").asString()).contains("vulnerable_code_not_in_execute_path");
        }
    }

    @Test
    void anAcceptedRisk_raisesNothingUntilItExpires_thenRaisesAgain(@TempDir Path dir) throws IOException {
        var model = withDecisions(dir, """
                - {asset: plc-101, advisory: ICSA-23-222-07, status: accepted, justification: update at the 2027 turnaround, decidedBy: P. Jansen, date: 2026-11-20, expires: 2027-05-01}
                - {asset: sis-plc-1, advisory: ICSA-23-222-07, status: accepted, justification: update at the 2027 turnaround, decidedBy: P. Jansen, date: 2026-11-20, expires: 2027-05-01}
                """);
        var inForce = risk(model, "--format", "json", "--decisions-as-of", "2027-05-01");
        assertThat(inForce.exitCode()).as(inForce.err()).isZero();
        assertThat(scenario(inForce, "S-01").has("likelihoodRaise")).isFalse();
        var roles = new ArrayList<String>();
        for (var zone : inForce.json().get("vulnerabilities").get("zones")) {
            for (var m : zone.get("matches"))
                roles.add(m.get("asset").asString() + ":" + m.get("role").asString());
        }
        assertThat(roles).contains("plc-101:accepted", "sis-plc-1:accepted");

        var expired = risk(model, "--format", "json", "--decisions-as-of", "2027-05-02");
        var raise = scenario(expired, "S-01").get("likelihoodRaise");
        assertThat(raise.get("asset").asString()).isEqualTo("plc-101");
        assertThat(raise.get("expiredAcceptance").asBoolean()).isTrue();
        assertThat(scenario(expired, "S-01").get("likelihood").asInt()).isEqualTo(4);
    }

    @Test
    void aDecisionOnAnAssetThePlantLacks_isRefusedWithItsLine(@TempDir Path dir) throws IOException {
        var model = withDecisions(dir, """
                - {asset: plc-999, advisory: ICSA-23-222-07, status: not_affected, justification: component_not_present, decidedBy: J, date: 2026-11-20}
                """);
        var lines = Files.readString(model).lines().toList();
        var run = risk(model);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("plant.yaml:" + lines.size() + ":").contains("unknown asset 'plc-999'");
    }

    @Test
    void theRiskReport_withAdvisories_hasTheVulnerabilitySectionAndTheRaise(@TempDir Path dir) throws IOException {
        var with = dir.resolve("with.html");
        var run = zonewarden(
                "report",
                EXAMPLE,
                "--kind",
                "risk",
                "--advisories",
                ADVISORIES.toString(),
                "--no-index",
                "-o",
                with.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(with))
                .contains("Known vulnerabilities (ZCR 5.2)")
                .contains("raised: likelihood 3 -&gt; 4")
                .contains("cm-update-plc-101")
                .contains("Update to V2.9.7 or later version");
        var without = dir.resolve("without.html");
        assertThat(zonewarden("report", EXAMPLE, "--kind", "risk", "-o", without.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readString(without))
                .doesNotContain("Known vulnerabilities")
                .doesNotContain("raised:");
    }

    @Test
    void theAssessmentReport_withAdvisories_listsTheKnownVulnerabilitiesOfTheBpcs(@TempDir Path dir)
            throws IOException {
        var with = dir.resolve("with.html");
        var run = zonewarden(
                "report",
                EXAMPLE,
                "--kind",
                "assessment",
                "--advisories",
                ADVISORIES.toString(),
                "--no-index",
                "-o",
                with.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        var html = Files.readString(with);
        assertThat(html).contains("Known vulnerabilities (ZCR 5.2)").contains("Zone bpcs");
        var section = html.substring(html.indexOf("Known vulnerabilities (ZCR 5.2)"));
        assertThat(section)
                .contains("plc-101")
                .contains("sis-plc-1")
                .contains("ICSA-23-222-07")
                .contains("CVE-2023-0286")
                .contains(">raises<")
                .contains(">to-check<");
        var without = dir.resolve("without.html");
        assertThat(zonewarden("report", EXAMPLE, "--kind", "assessment", "-o", without.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readString(without)).doesNotContain("Known vulnerabilities");
    }
}
