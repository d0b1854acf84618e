package io.zonewarden.app.cli;

import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.zoning.Finding;
import io.zonewarden.core.zoning.PlantValidator;
import io.zonewarden.core.zoning.Severity;
import io.zonewarden.core.zoning.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zonewarden validate MODEL.yaml}: reads a plant model and checks it against the zoning rules. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Reads a plant model file and checks its zones and conduits against the IEC 62443-3-2 partitioning rules.",
            "Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 unreadable input or usage."
        })
final class ValidateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.yaml", description = "the plant model file")
    Path model;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            description = "text (default) for people, json for programs",
            defaultValue = "text")
    OutputFormat format = OutputFormat.TEXT;

    @Option(
            names = "--fail-on",
            paramLabel = "error|warning|info",
            description = "exit 1 when a finding is at least this serious (default: error)",
            defaultValue = "error",
            converter = SeverityConverter.class)
    Severity failOn = Severity.ERROR;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "the day to judge dated records on, e.g. who has left (default: today)",
            converter = DateConverter.class)
    @Nullable
    LocalDate asOf;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Plant plant;
        try {
            plant = PlantYamlReader.read(model);
        } catch (ModelFileException e) {
            Problems.print(err, e);
            return ZoneWarden.BAD_INPUT;
        }
        var report =
                PlantValidator.standard(asOf == null ? LocalDate.now() : asOf).validate(plant);
        if (format == OutputFormat.JSON) {
            out.println(Json.write(json(plant, report)));
        } else {
            text(out, plant, report);
        }
        out.flush();
        return report.reaches(failOn) ? ZoneWarden.FINDINGS : ZoneWarden.OK;
    }

    private Map<String, Object> json(Plant plant, ValidationReport report) {
        var root = new LinkedHashMap<String, Object>();
        root.put(
                "findings",
                report.findings().stream()
                        .map(f -> {
                            var m = new LinkedHashMap<String, Object>();
                            m.put("rule", f.rule());
                            m.put("severity", f.severity().label());
                            m.put("subjects", f.subjects());
                            m.put("message", f.message());
                            m.put("remedy", f.remedy());
                            return m;
                        })
                        .toList());
        var summary = new LinkedHashMap<String, Object>();
        summary.put("plant", plant.info().id());
        summary.put("assets", plant.assets().size());
        summary.put("zones", plant.zones().size());
        summary.put("conduits", plant.conduits().size());
        report.counts().forEach((severity, count) -> summary.put(plural(severity), count));
        summary.put("failOn", failOn.label());
        summary.put("passed", !report.reaches(failOn));
        root.put("summary", summary);
        return root;
    }

    private void text(PrintWriter out, Plant plant, ValidationReport report) {
        out.printf(
                "%s (%s): %d assets, %d zones, %d conduits%n",
                plant.info().id(),
                plant.info().name(),
                plant.assets().size(),
                plant.zones().size(),
                plant.conduits().size());
        int width = report.findings().stream()
                .mapToInt(f -> f.rule().length())
                .max()
                .orElse(0);
        for (var severity : Severity.values()) {
            List<Finding> findings = report.withSeverity(severity);
            if (findings.isEmpty()) continue;
            out.printf("%n%s (%d)%n", plural(severity), findings.size());
            for (var f : findings) {
                out.printf("  %-" + width + "s  %s%n", f.rule(), f.message());
                out.printf("  %-" + width + "s  -> %s%n", "", f.remedy());
            }
        }
        var counts = report.counts();
        out.printf(
                "%n%d errors, %d warnings, %d info: %s (--fail-on %s)%n",
                counts.get(Severity.ERROR),
                counts.get(Severity.WARNING),
                counts.get(Severity.INFO),
                report.reaches(failOn) ? "FAILED" : "passed",
                failOn.label());
    }

    private static String plural(Severity severity) {
        return severity == Severity.INFO ? "info" : severity.label() + "s";
    }
}
