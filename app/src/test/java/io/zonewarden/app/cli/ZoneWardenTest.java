package io.zonewarden.app.cli;

import static io.zonewarden.app.cli.ValidateCommandTest.zonewarden;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The top-level command line: subcommands registered one at a time must behave as if all were. */
class ZoneWardenTest {

    @Test
    void everySubcommandIsRegisteredUnderItsOwnName() {
        var all = ZoneWarden.commandLine().getSubcommands();
        assertThat(all).hasSize(17);
        all.forEach((name, commandLine) -> {
            assertThat(commandLine.getCommandName()).isEqualTo(name);
            var registered = ZoneWarden.commandLine(new String[] {name, "--help"})
                    .getSubcommands()
                    .keySet();
            if (name.equals("help")) {
                assertThat(registered).as("help names the others").isEqualTo(all.keySet());
            } else {
                assertThat(registered).as("registered for '%s'", name).containsExactly(name);
            }
        });
    }

    @Test
    void helpAndUnknownCommandsListEverySubcommand() {
        var help = zonewarden("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("validate", "analyze", "serve", "audit", "import-hazards");

        var helpAnalyze = zonewarden("help", "analyze");
        assertThat(helpAnalyze.exitCode()).isZero();
        assertThat(helpAnalyze.out()).contains("Usage: zonewarden analyze");

        var unknown = zonewarden("analyse", "x.pcap");
        assertThat(unknown.exitCode()).isEqualTo(ZoneWarden.BAD_INPUT);
        assertThat(unknown.err()).contains("analyse", "analyze", "generate-traffic");
    }

    @Test
    void aSubcommandAloneStillParsesAndReportsItsOwnErrors() {
        var run = zonewarden("analyze", "--format", "xml", "x.pcap");
        assertThat(run.exitCode()).isEqualTo(ZoneWarden.BAD_INPUT);
        assertThat(run.err()).contains("--format").contains("Usage: zonewarden analyze");
    }
}
