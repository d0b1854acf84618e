package io.zonewarden.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code zonewarden validate}: what it prints and the exit codes scripts and CI rely on. */
class ValidateCommandTest {

    static final String EXAMPLE =
            Path.of("..", "examples", "chemical-plant.yaml").toString();

    /** The day the example's organisation is described as of: p.nowak left on 2026-06-30. */
    static final String AS_OF = "2026-11-26";

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** What one run of the command line left behind. */
    record Run(int exitCode, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    static Run zonewarden(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = ZoneWarden.commandLine(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** One zone, one PLC: nothing for any rule to find. */
    static final String CLEAN_PLANT = """
            plant: {id: unit-9, name: Unit 9}
            assets:
              - {id: plc-1, type: plc, purdue: 1, ip: [10.90.1.11]}
            zones:
              - {id: bpcs, kind: control, slTarget: "2", assets: [plc-1], networks: [10.90.1.0/24]}
            """;

    /** A PLC less capable than its zone's SL-T: an info finding (SL-CAPABILITY) and nothing else. */
    static final String INFO_ONLY_PLANT =
            CLEAN_PLANT.replace("ip: [10.90.1.11]}", "ip: [10.90.1.11], slCapability: \"1\"}");

    /** A conduit without SL-T: a warning finding (CONDUIT-SL) and nothing else. */
    static final String WARNING_ONLY_PLANT = CLEAN_PLANT + """
              - {id: ops, kind: control, slTarget: "2"}
            conduits:
              - {id: ops-bpcs, zones: [ops, bpcs], allow: [{from: plc-1, to: ops, protocol: opcua}]}
            """;

    static String model(Path dir, String name, String yaml) throws IOException {
        var file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file.toString();
    }

    @Nested
    class ExamplePlant {

        @Test
        void givenExamplePlant_whenValidated_thenExitOneForItsErrors() {
            var run = zonewarden("validate", EXAMPLE);

            assertThat(run.exitCode()).isEqualTo(ZoneWarden.FINDINGS).isEqualTo(1);
            assertThat(run.err()).isEmpty();
        }

        @Test
        void givenExamplePlant_whenValidatedAsJson_thenEveryFindingHasRuleSeveritySubjectsMessageAndRemedy() {
            var run = zonewarden("validate", EXAMPLE, "--format", "json");

            assertThat(run.exitCode()).isEqualTo(1);
            var findings = run.json().get("findings");
            assertThat(findings.isArray()).isTrue();
            assertThat(findings.size()).isGreaterThan(3);
            for (var finding : findings) {
                assertThat(finding.propertyNames())
                        .containsExactly("rule", "severity", "subjects", "message", "remedy");
                assertThat(finding.get("rule").asString()).isNotBlank();
                assertThat(finding.get("severity").asString()).isIn("error", "warning", "info");
                assertThat(finding.get("subjects").isArray()).isTrue();
                assertThat(finding.get("subjects").size()).isPositive();
                assertThat(finding.get("message").asString()).isNotBlank();
                assertThat(finding.get("remedy").asString()).isNotBlank();
            }
        }

        @Test
        void givenExamplePlant_whenValidatedAsJson_thenExactlyTheDocumentedErrors() {
            var findings = zonewarden("validate", EXAMPLE, "--as-of", AS_OF, "--format", "json")
                    .json()
                    .get("findings");

            var errors = new ArrayList<JsonNode>();
            findings.forEach(f -> {
                if (f.get("severity").asString().equals("error")) errors.add(f);
            });
            assertThat(errors)
                    .extracting(
                            f -> f.get("rule").asString(),
                            f -> f.get("subjects").get(0).asString())
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
        void givenExamplePlant_whenValidatedAsJson_thenTheCrossChecksNameTheirSubjects() {
            var findings = zonewarden("validate", EXAMPLE, "--as-of", AS_OF, "--format", "json")
                    .json()
                    .get("findings");

            var crossChecks = new ArrayList<Object>();
            findings.forEach(f -> {
                var rule = f.get("rule").asString();
                if (List.of("ANSWER-VS-MODEL", "COMPENSATION-UNDEFINED", "COMPONENT-TYPE", "LEAVER-HAS-ACCESS")
                        .contains(rule)) {
                    var subjects = new ArrayList<String>();
                    f.get("subjects").forEach(s -> subjects.add(s.asString()));
                    crossChecks.add(tuple(rule, f.get("severity").asString(), subjects));
                }
            });
            assertThat(crossChecks)
                    .containsExactly(
                            tuple("ANSWER-VS-MODEL", "error", List.of("bpcs", "SR 2.2")),
                            tuple("ANSWER-VS-MODEL", "error", List.of("bpcs", "SR 5.1 RE 1")),
                            tuple("COMPONENT-TYPE", "error", List.of("fw-ot")),
                            tuple("LEAVER-HAS-ACCESS", "error", List.of("p.nowak")),
                            tuple("COMPENSATION-UNDEFINED", "warning", List.of("bpcs", "cm-usb-kiosk")),
                            tuple("COMPENSATION-UNDEFINED", "warning", List.of("bpcs", "cm-whitelisting")));
        }

        @Test
        void givenExamplePlant_whenValidatedAsOfADayBeforeTheLeaverLeft_thenNoLeaverFinding() {
            var json = zonewarden("validate", EXAMPLE, "--as-of", "2026-06-29", "--format", "json")
                    .json();

            var rules = new ArrayList<String>();
            json.get("findings").forEach(f -> rules.add(f.get("rule").asString()));
            assertThat(rules).doesNotContain("LEAVER-HAS-ACCESS");
            assertThat(json.get("summary").get("errors").asInt()).isEqualTo(7);
        }

        @Test
        void givenAnUnreadableAsOfDate_whenValidated_thenExitTwoNamingTheFormat() {
            var run = zonewarden("validate", EXAMPLE, "--as-of", "26.11.2026");

            assertThat(run.exitCode()).isEqualTo(ZoneWarden.BAD_INPUT);
            assertThat(run.err()).contains("expected a date such as 2026-11-26");
        }

        @Test
        void givenExamplePlant_whenValidatedAsJson_thenSummaryCountsWhatWasFound() {
            var json = zonewarden("validate", EXAMPLE, "--as-of", AS_OF, "--format", "json")
                    .json();

            var bySeverity = new java.util.HashMap<String, Integer>();
            json.get("findings").forEach(f -> bySeverity.merge(f.get("severity").asString(), 1, Integer::sum));
            var summary = json.get("summary");
            assertThat(summary.get("plant").asString()).isEqualTo("ammonia-3");
            assertThat(summary.get("assets").asInt()).isEqualTo(17);
            assertThat(summary.get("zones").asInt()).isEqualTo(6);
            assertThat(summary.get("conduits").asInt()).isEqualTo(6);
            assertThat(summary.get("errors").asInt()).isEqualTo(8);
            assertThat(summary.get("warnings").asInt()).isEqualTo(bySeverity.getOrDefault("warning", 0));
            assertThat(summary.get("info").asInt()).isEqualTo(bySeverity.getOrDefault("info", 0));
            assertThat(summary.get("failOn").asString()).isEqualTo("error");
            assertThat(summary.get("passed").asBoolean()).isFalse();
        }

        @Test
        void givenExamplePlant_whenValidatedAsJson_thenStdoutIsOnlyJsonWithErrorsFirst() {
            var run = zonewarden("validate", EXAMPLE, "--format", "json");

            var severities = new ArrayList<String>();
            run.json()
                    .get("findings")
                    .forEach(f -> severities.add(f.get("severity").asString()));
            assertThat(severities)
                    .isSortedAccordingTo(java.util.Comparator.comparing(List.of("error", "warning", "info")::indexOf));
            assertThat(run.out().strip()).startsWith("{").endsWith("}");
            assertThat(run.err()).isEmpty();
        }

        @ParameterizedTest(name = "--fail-on {0}")
        @CsvSource({"error", "warning", "info", "WARNING"})
        void givenExamplePlant_whenFailingOnAnySeverity_thenStillExitOne(String failOn) {
            var run = zonewarden("validate", EXAMPLE, "--fail-on", failOn);

            assertThat(run.exitCode()).isEqualTo(1);
        }

        @Test
        void givenExamplePlant_whenValidatedAsText_thenFindingsGroupedBySeverityMostSeriousFirst() {
            var run = zonewarden("validate", EXAMPLE, "--as-of", AS_OF);

            var text = run.out();
            assertThat(text).startsWith("ammonia-3 (Ammonia unit 3): 17 assets, 6 zones, 6 conduits");
            int errors = text.indexOf("\nerrors (8)\n");
            int warnings = text.indexOf("\nwarnings (");
            int info = text.indexOf("\ninfo (");
            assertThat(errors).isPositive();
            assertThat(warnings).isGreaterThan(errors);
            assertThat(info).isGreaterThan(warnings);
            var errorSection = text.substring(errors, warnings);
            assertThat(errorSection).contains("ZCR-3.3", "sis-plc-1", "ZCR-3.5", "wgw-1", "DMZ-BYPASS", "ent-bpcs");
            assertThat(text.substring(warnings)).doesNotContain("ZCR-3.3 ", "ZCR-3.5 ", "DMZ-BYPASS ");
            assertThat(text.strip()).endsWith(": FAILED (--fail-on error)").contains("\n8 errors, ");
        }
    }

    @Nested
    class Thresholds {

        @TempDir
        Path dir;

        @Test
        void givenCleanPlant_whenValidated_thenExitZeroAndPassed() throws IOException {
            var run = zonewarden("validate", model(dir, "clean.yaml", CLEAN_PLANT), "--fail-on", "info");

            assertThat(run.exitCode()).isEqualTo(ZoneWarden.OK).isZero();
            assertThat(run.out()).contains("0 errors, 0 warnings, 0 info: passed (--fail-on info)");
            assertThat(run.out()).doesNotContain("errors (", "warnings (", "info (");
        }

        @Test
        void givenOnlyInfoFindings_whenFailingOnWarning_thenExitZero() throws IOException {
            var file = model(dir, "info.yaml", INFO_ONLY_PLANT);

            var run = zonewarden("validate", file, "--fail-on", "warning", "--format", "json");

            assertThat(run.exitCode()).isZero();
            var json = run.json();
            assertThat(json.get("findings").size()).isEqualTo(1);
            assertThat(json.get("findings").get(0).get("rule").asString()).isEqualTo("SL-CAPABILITY");
            assertThat(json.get("findings").get(0).get("severity").asString()).isEqualTo("info");
            assertThat(json.get("summary").get("passed").asBoolean()).isTrue();
            assertThat(json.get("summary").get("failOn").asString()).isEqualTo("warning");
        }

        @Test
        void givenOnlyInfoFindings_whenFailingOnDefaultOrInfo_thenZeroThenOne() throws IOException {
            var file = model(dir, "info.yaml", INFO_ONLY_PLANT);

            assertThat(zonewarden("validate", file).exitCode()).isZero();
            assertThat(zonewarden("validate", file, "--fail-on", "info").exitCode())
                    .isEqualTo(1);
        }

        @Test
        void givenOnlyWarningFindings_whenFailingOnErrorOrWarning_thenZeroThenOne() throws IOException {
            var file = model(dir, "warning.yaml", WARNING_ONLY_PLANT);

            var byDefault = zonewarden("validate", file, "--format", "json");
            assertThat(byDefault.exitCode()).isZero();
            assertThat(byDefault.json().get("findings").get(0).get("rule").asString())
                    .isEqualTo("CONDUIT-SL");
            assertThat(byDefault.json().get("findings").size()).isEqualTo(1);
            assertThat(zonewarden("validate", file, "--fail-on", "warning").exitCode())
                    .isEqualTo(1);
        }
    }

    @Nested
    class BadInput {

        @TempDir
        Path dir;

        @Test
        void givenBadYaml_whenValidated_thenExitTwoWithFileLineColumnOnStderr() throws IOException {
            var file = model(dir, "bad.yaml", CLEAN_PLANT.replace("type: plc,", "type: plcc,"));

            var run = zonewarden("validate", file);

            assertThat(run.exitCode()).isEqualTo(ZoneWarden.BAD_INPUT).isEqualTo(2);
            assertThat(run.err())
                    .contains(file + ":3:23: assets[0].type: unknown asset type 'plcc' (did you mean 'plc'?)");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void givenYamlSyntaxError_whenValidatedAsJson_thenExitTwoAndNothingOnStdout() throws IOException {
            var file = model(dir, "broken.yaml", "plant:\n  id: unit-9\n  name: Unit: 9\n");

            var run = zonewarden("validate", file, "--format", "json");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains(file + ":3:13: ", "not valid YAML");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void givenMegabyteScalarAliased300Times_whenValidated_thenExitTwoNamingTheFirstAlias() throws IOException {
            // given: 1 MiB of text in a literal block (lines within the limit), then 300 aliases of it
            var yaml = new StringBuilder("plant:\n  id: unit-9\n  description: &big |\n");
            for (int i = 0; i < 16; i++)
                yaml.append("    ").append("x".repeat(65_000)).append('\n');
            yaml.append("assets:\n");
            for (int i = 0; i < 300; i++) yaml.append("  - {id: plc-").append(i).append(", type: plc, vendor: *big}\n");
            var file = model(dir, "aliases.yaml", yaml.toString());

            var run = zonewarden("validate", file);

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains(file + ":21:36: ", "*big is an alias of a scalar");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void givenLineOfFourMegabytes_whenValidated_thenExitTwoNamingTheLine() throws IOException {
            var file = model(dir, "long.yaml", CLEAN_PLANT.replace("name: Unit 9", "name: " + "n".repeat(4 << 20)));

            var run = zonewarden("validate", file);

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains(file + ":1:65537: line is ", "expected at most 65,536 per line");
        }

        @Test
        void givenNesting10000Deep_whenValidated_thenExitTwoWithALocatedProblemAndNoStackTrace() throws IOException {
            var file = model(dir, "deep.yaml", CLEAN_PLANT + "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");

            var run = zonewarden("validate", file);

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err())
                    .contains(file + ":6:67: nested deeper than 64 levels")
                    .doesNotContain("Exception", "Error", "\tat ");
        }

        @Test
        void givenSeveralProblems_whenValidated_thenEachOnItsOwnLine() throws IOException {
            var file = model(
                    dir,
                    "bad.yaml",
                    CLEAN_PLANT.replace("type: plc,", "type: plcc,").replace("kind: control", "kind: ctrl"));

            var run = zonewarden("validate", file);

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().lines().filter(l -> l.contains(file + ":")))
                    .containsExactly(
                            "  " + file
                                    + ":3:23: assets[0].type: unknown asset type 'plcc' (did you mean 'plc'?); known: "
                                    + String.join(", ", io.zonewarden.core.model.AssetType.labels()),
                            "  " + file + ":5:22: zones[0].kind: unknown zone kind 'ctrl'; known: "
                                    + String.join(", ", io.zonewarden.core.model.ZoneKind.labels()));
            assertThat(run.err()).contains("(2 problems)");
        }

        @Test
        void givenMissingFile_whenValidated_thenExitTwo() {
            var file = dir.resolve("no-such-plant.yaml").toString();

            var run = zonewarden("validate", file);

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains(file + ": no such file");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void givenDirectoryInsteadOfAFile_whenValidated_thenExitTwo() {
            var run = zonewarden("validate", dir.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains(dir + ": cannot read");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void givenLatin1File_whenValidated_thenExitTwoSayingItIsNotUtf8() throws IOException {
            var file = dir.resolve("latin1.yaml");
            Files.write(
                    file,
                    CLEAN_PLANT
                            .replace("Unit 9", "Unit\u00e9 9")
                            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

            var run = zonewarden("validate", file.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains(file + ": not UTF-8");
        }

        @Test
        void givenUnknownFormat_whenValidated_thenExitTwoWithUsage() {
            var run = zonewarden("validate", EXAMPLE, "--format", "xml");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--format", "xml", "Usage:");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void givenUnknownFailOnSeverity_whenValidated_thenExitTwoNamingTheSeverities() {
            var run = zonewarden("validate", EXAMPLE, "--fail-on", "fatal");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("expected one of error, warning, info, got 'fatal'");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void givenNoModelFile_whenValidated_thenExitTwo() {
            var run = zonewarden("validate");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("MODEL.yaml");
        }

        @Test
        void givenUnknownOption_whenValidated_thenExitTwo() {
            assertThat(zonewarden("validate", EXAMPLE, "--fail-onn", "error").exitCode())
                    .isEqualTo(2);
        }
    }

    @Test
    void givenFormatInCapitals_whenValidated_thenAccepted() {
        var run = zonewarden("validate", EXAMPLE, "--as-of", AS_OF, "--format", "JSON");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.json().get("summary").get("errors").asInt()).isEqualTo(8);
    }
}
