package io.zonewarden.app.cli;

import io.zonewarden.app.report.AssessmentReportPage;
import io.zonewarden.app.report.RiskReportPage;
import io.zonewarden.core.assessment.AssessPlant;
import io.zonewarden.core.assessment.Scope;
import io.zonewarden.core.catalog.Catalog;
import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.risk.AssessRisk;
import io.zonewarden.core.roadmap.PlanRoadmap;
import io.zonewarden.core.roadmap.RoadmapOptions;
import io.zonewarden.core.roadmap.UnaffordableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zonewarden report MODEL.yaml --kind assessment -o FILE.html}: documents for people. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a self-contained HTML report for people: --kind assessment gives the zero measurement (management"
                    + " summary, SL-T against SL-A per zone, unmet requirements with their evidence, programme"
                    + " maturity, method); --kind risk the risk register with the matrix as heat maps and SL-T per"
                    + " zone with its trace; --kind roadmap the phased plan for --budget with its cost/risk curve.",
            "Exit status: 0 written, 2 unreadable input or usage."
        })
final class ReportCommand implements Callable<Integer> {

    static final List<String> KINDS = List.of("assessment", "risk", "roadmap");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.yaml", description = "the plant model file")
    Path model;

    @Option(
            names = "--kind",
            required = true,
            paramLabel = "KIND",
            description =
                    "the report: assessment, risk (register, heat map, SL-T per zone) or roadmap (needs --budget)")
    String kind;

    @Option(names = "--budget", paramLabel = "N", description = "for --kind roadmap: the money available")
    @org.jspecify.annotations.Nullable
    Long budget;

    @Option(
            names = "--years",
            paramLabel = "K",
            defaultValue = "1",
            description = "for --kind roadmap: the years the plan covers (default: 1)")
    int years = 1;

    @Option(
            names = "--budget-per-year",
            paramLabel = "N",
            description = "for --kind roadmap: what may be spent each year")
    @org.jspecify.annotations.Nullable
    Long budgetPerYear;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE.html",
            description = "where to write the report")
    Path output;

    @Option(
            names = "--scope",
            paramLabel = "target|all",
            defaultValue = "target",
            converter = ScopeConverter.class,
            description = "target (default) or all requirements up to SL 4")
    Scope scope = Scope.TARGET;

    @Option(
            names = "--programme-target",
            paramLabel = "ML",
            defaultValue = "2",
            description = "the maturity level (1-4) programme elements should reach (default: 2)")
    int programmeTarget = AssessPlant.DEFAULT_PROGRAMME_TARGET;

    @picocli.CommandLine.Mixin
    AdvisoryOptions vulnerabilities = new AdvisoryOptions();

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        if (!KINDS.contains(kind)) {
            err.println("zonewarden: unknown report kind '" + kind + "'; available: " + String.join(", ", KINDS));
            return ZoneWarden.BAD_INPUT;
        }
        var name = output.getFileName() == null
                ? ""
                : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".htm")) {
            err.println("zonewarden: reports are written as HTML: name the output FILE.html (got " + output + ")");
            return ZoneWarden.BAD_INPUT;
        }
        if (programmeTarget < 1 || programmeTarget > 4) {
            err.println("zonewarden: --programme-target is a maturity level 1..4, got " + programmeTarget);
            return ZoneWarden.BAD_INPUT;
        }
        io.zonewarden.core.model.Plant plant;
        try {
            plant = PlantYamlReader.read(model);
        } catch (ModelFileException e) {
            Problems.print(err, e);
            return ZoneWarden.BAD_INPUT;
        }
        String html;
        if (kind.equals("risk")) {
            java.util.List<io.zonewarden.core.vulnerability.MatchVulnerabilities.Match> matches;
            try {
                matches = vulnerabilities.matches(plant, err, "report");
            } catch (IOException e) {
                err.println("zonewarden: report: " + e.getMessage());
                return ZoneWarden.BAD_INPUT;
            }
            html = RiskReportPage.risk(plant, AssessRisk.assess(plant, matches), LocalDate.now());
        } else if (kind.equals("roadmap")) {
            if (budget == null && budgetPerYear == null) {
                err.println(
                        "zonewarden: --kind roadmap needs --budget N (and optionally --years K --budget-per-year N)");
                return ZoneWarden.BAD_INPUT;
            }
            RoadmapOptions options;
            try {
                options = RoadmapOptions.of(budget != null ? budget : budgetPerYear * years)
                        .withYears(years, budgetPerYear);
            } catch (IllegalArgumentException e) {
                err.println("zonewarden: " + e.getMessage());
                return ZoneWarden.BAD_INPUT;
            }
            try {
                html = RiskReportPage.roadmap(plant, PlanRoadmap.plan(plant, options), LocalDate.now());
            } catch (UnaffordableException e) {
                err.println("zonewarden: " + e.getMessage());
                return ZoneWarden.FINDINGS;
            }
        } else {
            var report = new AssessPlant(Catalog.standard(), scope, programmeTarget).assess(plant);
            java.util.List<io.zonewarden.core.vulnerability.MatchVulnerabilities.Match> matches;
            try {
                matches = vulnerabilities.matches(plant, err, "report");
            } catch (IOException e) {
                err.println("zonewarden: report: " + e.getMessage());
                return ZoneWarden.BAD_INPUT;
            }
            html = AssessmentReportPage.render(plant, report, LocalDate.now(), matches);
        }
        var target = output.toAbsolutePath();
        Files.createDirectories(target.getParent());
        var temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, html, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        err.println("wrote " + output);
        return ZoneWarden.OK;
    }
}
