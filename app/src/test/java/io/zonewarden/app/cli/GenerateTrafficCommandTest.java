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

/** End to end: traffic generated for the example plant, then analysed against the same plant. */
class GenerateTrafficCommandTest {

    private static List<String> rules(JsonNode array) {
        var rules = new ArrayList<String>();
        array.forEach(n -> rules.add(n.path("rule").asString()));
        return rules;
    }

    @Test
    void givenTheExamplesNormalTraffic_whenAnalysedAgainstItsModel_thenOnlyTheModelledDmzBypassIsReported(
            @TempDir Path dir) throws Exception {
        var capture = dir.resolve("normal.pcap");

        var generate = zonewarden("generate-traffic", EXAMPLE, "-o", capture.toString(), "--rounds", "5");
        var run = zonewarden("analyze", capture.toString(), "--model", EXAMPLE, "--format", "json");

        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(Files.size(capture)).isGreaterThan(1000);
        // the ent-bpcs conduit is in the model on purpose: its traffic is allowed by its rule, yet bypasses the DMZ
        assertThat(rules(run.json().path("violations"))).containsExactly("DMZ-BYPASS");
        assertThat(rules(run.json().path("alerts"))).doesNotContain("OT-PLC-STOP", "OT-PROGRAM-DOWNLOAD");
        assertThat(run.json().path("protocols").path("s7comm").asLong()).isPositive();
        assertThat(run.json().path("protocols").path("dnp3").asLong()).isPositive();
        assertThat(run.json().path("capture").path("malformed").asLong()).isZero();
    }

    @Test
    void givenChosenAttacks_whenAnalysed_thenEachIsCaught(@TempDir Path dir) {
        var capture = dir.resolve("attacks.pcap");

        zonewarden(
                "generate-traffic",
                EXAMPLE,
                "-o",
                capture.toString(),
                "--rounds",
                "2",
                "--attack",
                "plc-stop,program-download,modbus-write,undeclared-conduit,unknown-host");
        var run = zonewarden("analyze", capture.toString(), "--model", EXAMPLE, "--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(rules(run.json().path("violations")))
                .contains("FUNCTION-NOT-ALLOWED", "UNDECLARED-CONDUIT", "UNKNOWN-ASSET", "PROTOCOL-NOT-ALLOWED");
        assertThat(rules(run.json().path("alerts"))).contains("OT-PLC-STOP", "OT-PROGRAM-DOWNLOAD");
    }

    @Test
    void givenAnUnknownAttack_whenGenerating_thenExit2ListingTheKnownOnes(@TempDir Path dir) {
        var run = zonewarden(
                "generate-traffic", EXAMPLE, "-o", dir.resolve("x.pcap").toString(), "--attack", "ddos");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown attack 'ddos'").contains("plc-stop");
    }
}
