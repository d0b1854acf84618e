package io.zonewarden.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zonewarden} command line. Only {@code serve} starts the web application; every other command runs in
 * plain Java and exits with 0 (ok), 1 (findings at or above {@code --fail-on}), 2 (bad input or usage) or 3
 * (internal error).
 */
@Command(
        name = "zonewarden",
        mixinStandardHelpOptions = true,
        versionProvider = ZoneWarden.Version.class,
        description = "IEC 62443 cybersecurity management for operational technology.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ValidateCommand.class,
            AssessCommand.class,
            ReportCommand.class,
            AnalyzeCommand.class,
            GenerateTrafficCommand.class,
            ImportAssetsCommand.class,
            OrgCommand.class,
            AwarenessCommand.class,
            ImportPeopleCommand.class,
            ImportTrainingCommand.class,
            RiskCommand.class,
            RoadmapCommand.class,
            ImportHazardsCommand.class,
            ServeCommand.class,
            AuditCommand.class
        })
public final class ZoneWarden {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code; never calls {@link System#exit}. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, for callers that want to set its output streams. */
    public static CommandLine commandLine() {
        var commandLine = new CommandLine(new ZoneWarden());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(t -> INTERNAL);
        commandLine.setParameterExceptionHandler((ex, cmdArgs) -> {
            var err = ex.getCommandLine().getErr();
            err.println("zonewarden: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            var err = cmd.getErr();
            err.println("zonewarden: internal error: " + ex);
            ex.printStackTrace(err);
            return INTERNAL;
        });
        return commandLine;
    }

    /** Reads the version from the jar manifest, so it always matches the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            var version = ZoneWarden.class.getPackage().getImplementationVersion();
            return new String[] {"ZoneWarden " + (version == null ? "(development build)" : version)};
        }
    }
}
