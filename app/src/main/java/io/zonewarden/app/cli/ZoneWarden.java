package io.zonewarden.app.cli;

import java.util.List;
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
        description = "IEC 62443 cybersecurity management for operational technology.")
public final class ZoneWarden {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    static {
        // picocli looks for Groovy's closure class once, to support closures in annotations (picocli.info, "Closures
        // in Annotations"). The failed lookup searched every jar on the class path, a hundred with the server's,
        // and cost every command about 35 ms; the property is picocli's documented switch for leaving it out.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
    }

    public static void main(String[] args) {
        int exitCode = run(args);
        // On success a command that leaves no thread behind just returns: the JVM then ends with status 0.
        // Runtime.exit first asks the platform logging for a logger to record the exit in, and finding out which
        // logging there is searches every jar on the class path for a provider: about 30 ms on every run. serve
        // keeps exiting explicitly, since the server's libraries may leave threads of their own.
        if (exitCode != OK || (args.length > 0 && args[0].equals("serve"))) {
            System.exit(exitCode);
        }
    }

    /**
     * The subcommands in the order help lists them. Each is built only when needed: picocli reads every option
     * annotation of a command it registers, and building all of them took a third of a short command's run time.
     */
    private static final List<String> SUBCOMMANDS = List.of(
            "help",
            "validate",
            "assess",
            "report",
            "analyze",
            "generate-traffic",
            "import-assets",
            "org",
            "awareness",
            "import-people",
            "import-training",
            "risk",
            "roadmap",
            "import-hazards",
            "vulnerabilities",
            "serve",
            "audit");

    /** A new instance of the subcommand {@code name} (a switch, not a table of lambdas, each spun up at start). */
    private static Object subcommand(String name) {
        return switch (name) {
            case "help" -> new CommandLine.HelpCommand();
            case "validate" -> new ValidateCommand();
            case "assess" -> new AssessCommand();
            case "report" -> new ReportCommand();
            case "analyze" -> new AnalyzeCommand();
            case "generate-traffic" -> new GenerateTrafficCommand();
            case "import-assets" -> new ImportAssetsCommand();
            case "org" -> new OrgCommand();
            case "awareness" -> new AwarenessCommand();
            case "import-people" -> new ImportPeopleCommand();
            case "import-training" -> new ImportTrainingCommand();
            case "risk" -> new RiskCommand();
            case "roadmap" -> new RoadmapCommand();
            case "import-hazards" -> new ImportHazardsCommand();
            case "vulnerabilities" -> new VulnerabilitiesCommand();
            case "serve" -> new ServeCommand();
            case "audit" -> new AuditCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /** Runs one command line and returns its exit code; never calls {@link System#exit}. */
    public static int run(String... args) {
        var commandLine = commandLine(args);
        commandLine.setOut(new Stdout(System.out));
        return commandLine.execute(args);
    }

    /** The configured command line with every subcommand, for callers that want to set its output streams. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The configured command line for {@code args}: when the first argument names a subcommand (other than help),
     * only that one is registered, since no other can run; otherwise all are, for usage and help.
     */
    static CommandLine commandLine(String[] args) {
        var commandLine = new CommandLine(new ZoneWarden());
        String first = args.length > 0 ? args[0] : "";
        boolean one = !first.equals("help") && SUBCOMMANDS.contains(first);
        for (var name : SUBCOMMANDS) {
            if (!one || name.equals(first)) {
                commandLine.addSubcommand(name, subcommand(name));
            }
        }
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(new Failures());
        commandLine.setParameterExceptionHandler(new Failures());
        commandLine.setExecutionExceptionHandler(new Failures());
        return commandLine;
    }

    /**
     * How a command line that cannot run ends: bad usage is exit 2 with the usage, an exception out of a command is
     * exit 3 with its stack trace. A class, not lambdas: picocli's interfaces are compiled for Java 5, and the JDK's
     * ahead-of-time cache cannot hold a lambda whose interface or target it has to leave out (JDK 25 then failed to
     * write the cache at all).
     */
    static final class Failures
            implements CommandLine.IExitCodeExceptionMapper,
                    CommandLine.IParameterExceptionHandler,
                    CommandLine.IExecutionExceptionHandler {
        @Override
        public int getExitCode(Throwable exception) {
            return INTERNAL;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            var err = ex.getCommandLine().getErr();
            err.println("zonewarden: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return BAD_INPUT;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
            var err = cmd.getErr();
            err.println("zonewarden: internal error: " + ex);
            ex.printStackTrace(err);
            return INTERNAL;
        }
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
