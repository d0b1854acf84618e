package io.zonewarden.app.cli;

import static io.zonewarden.app.cli.ValidateCommandTest.EXAMPLE;
import static io.zonewarden.app.cli.ValidateCommandTest.zonewarden;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zonewarden vulnerabilities}: the example plant against three real CISA advisories. */
class VulnerabilitiesCommandTest {

    /** ICSA-23-222-07 (order numbers, {@code <V2.9.7}), ICSA-19-099-03, ICSA-23-243-04 (see the folder's README). */
    static final Path ADVISORIES = Path.of("..", "core", "src", "test", "resources", "csaf");

    @Test
    void the_example_plants_s7_1500_cpus_are_affected_by_order_number(@TempDir Path dir) {
        var run = zonewarden(
                "vulnerabilities",
                EXAMPLE,
                "--advisories",
                ADVISORIES.toString(),
                "--index",
                dir.resolve("index.json").toString(),
                "--format",
                "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        var json = run.json();
        assertThat(json.get("source").get("advisories").asInt()).isEqualTo(3);
        var exact = new java.util.ArrayList<String>();
        for (var match : json.get("matches")) {
            if (match.get("advisory").asString().equals("ICSA-23-222-07")) {
                assertThat(match.get("status").asString()).isEqualTo("affected");
                assertThat(match.get("confidence").asString()).isEqualTo("exact");
                assertThat(match.get("cves").get(0).asString()).isEqualTo("CVE-2023-0286");
                exact.add(
                        match.get("asset").asString() + "@" + match.get("zone").asString());
            }
        }
        // plc-101 (6ES7516-3AN02-0AB0) and sis-plc-1 (6ES7516-3FN02-0AB0), both at firmware 2.9.4, in the BPCS
        assertThat(exact).containsExactlyInAnyOrder("plc-101@bpcs", "sis-plc-1@bpcs");
    }

    @Test
    void text_and_csv_name_the_asset_the_advisory_and_the_fix(@TempDir Path dir) {
        var text = zonewarden("vulnerabilities", EXAMPLE, "--advisories", ADVISORIES.toString(), "--no-index");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("affected (").contains("plc-101").contains("ICSA-23-222-07");
        var csv = zonewarden(
                "vulnerabilities", EXAMPLE, "--advisories", ADVISORIES.toString(), "--no-index", "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow())
                .isEqualTo("asset,zone,advisory,title,cves,cvss,status,confidence,product,versions,remediation,note");
        assertThat(csv.out()).contains("plc-101,bpcs,ICSA-23-222-07,");
    }

    @Test
    void a_folder_that_does_not_exist_is_bad_input(@TempDir Path dir) {
        var run = zonewarden(
                "vulnerabilities",
                EXAMPLE,
                "--advisories",
                dir.resolve("nowhere").toString(),
                "--no-index");
        assertThat(run.exitCode()).isEqualTo(ZoneWarden.BAD_INPUT);
        assertThat(run.err()).contains("no such folder of advisories");
    }

    @Test
    void a_skipped_file_is_named_on_standard_error_and_the_rest_still_match(@TempDir Path dir) throws IOException {
        Files.copy(ADVISORIES.resolve("icsa-23-222-07.json"), dir.resolve("icsa-23-222-07.json"));
        Files.writeString(dir.resolve("icsa-23-222-07.json.sha512"), "0".repeat(128) + "  icsa-23-222-07.json\n");
        Files.copy(ADVISORIES.resolve("icsa-23-243-04.json"), dir.resolve("icsa-23-243-04.json"));

        var run = zonewarden("vulnerabilities", EXAMPLE, "--advisories", dir.toString(), "--no-index");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("skipped icsa-23-222-07.json: its SHA-512 is not the one in");
        assertThat(run.out()).contains("against 1 advisories (1 skipped)");
    }
}
