package io.zonewarden.app.cli;

import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.Zone;
import io.zonewarden.core.organisation.CheckOrganisation;
import io.zonewarden.core.organisation.CollectEvidence;
import io.zonewarden.core.organisation.ProgrammeEvidence;
import io.zonewarden.core.zoning.Finding;
import io.zonewarden.core.zoning.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zonewarden org MODEL.yaml}: checks the plant's security organisation, policies and awareness. */
@Command(
        name = "org",
        mixinStandardHelpOptions = true,
        description = {
            "Checks the security organisation of a plant model (IEC 62443-2-1 SPE 1): one accountable role per"
                    + " programme element and zone, IT and OT both represented, no vacant role, policy and procedure"
                    + " reviews and acknowledgements, elements no document covers, overdue awareness training.",
            "Also lists what the organisation gives as evidence for the programme assessment.",
            "Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 unreadable input or usage."
        })
final class OrgCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.yaml", description = "the plant model file")
    Path model;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "the day to check as of, e.g. 2026-11-26 (default: today)",
            converter = DateConverter.class)
    @Nullable
    LocalDate asOf;

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
        var day = asOf == null ? LocalDate.now() : asOf;
        var zoneIds = plant.zones().stream().map(Zone::id).toList();
        var findings = CheckOrganisation.standard().check(plant.organisation(), zoneIds, day);
        var evidence = CollectEvidence.of(plant.organisation(), day);
        boolean failed = findings.stream().anyMatch(f -> f.severity().atLeast(failOn));
        if (format == OutputFormat.JSON) {
            out.println(Json.write(json(plant, day, findings, evidence, failed)));
        } else {
            text(out, plant, day, findings, evidence, failed);
        }
        out.flush();
        return failed ? ZoneWarden.FINDINGS : ZoneWarden.OK;
    }

    private static Map<Severity, Integer> counts(List<Finding> findings) {
        var counts = new EnumMap<Severity, Integer>(Severity.class);
        for (var severity : Severity.values()) counts.put(severity, 0);
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    private Map<String, Object> json(
            Plant plant, LocalDate day, List<Finding> findings, List<ProgrammeEvidence> evidence, boolean failed) {
        var root = new LinkedHashMap<String, Object>();
        root.put("asOf", day.toString());
        root.put(
                "findings",
                findings.stream()
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
        root.put(
                "evidence",
                evidence.stream()
                        .map(e -> {
                            var m = new LinkedHashMap<String, Object>();
                            m.put("element", e.element());
                            m.put("source", e.source());
                            m.put("summary", e.summary());
                            return m;
                        })
                        .toList());
        var org = plant.organisation();
        var summary = new LinkedHashMap<String, Object>();
        summary.put("plant", plant.info().id());
        summary.put("people", org.people().size());
        summary.put(
                "activePeople",
                org.people().stream().filter(p -> p.activeOn(day)).count());
        summary.put("roles", org.roles().size());
        summary.put("raciRows", org.raci().size());
        summary.put("documents", org.documents().size());
        summary.put("awarenessModules", org.awareness().modules().size());
        counts(findings).forEach((severity, count) -> summary.put(plural(severity), count));
        summary.put("failOn", failOn.label());
        summary.put("passed", !failed);
        root.put("summary", summary);
        return root;
    }

    private void text(
            PrintWriter out,
            Plant plant,
            LocalDate day,
            List<Finding> findings,
            List<ProgrammeEvidence> evidence,
            boolean failed) {
        var org = plant.organisation();
        out.printf(
                "%s (%s): security organisation as of %s%n",
                plant.info().id(), plant.info().name(), day);
        out.printf(
                "  %d people (%d active), %d roles, %d RACI rows, %d policies and procedures, %d awareness modules%n",
                org.people().size(),
                org.people().stream().filter(p -> p.activeOn(day)).count(),
                org.roles().size(),
                org.raci().size(),
                org.documents().size(),
                org.awareness().modules().size());
        int width = findings.stream().mapToInt(f -> f.rule().length()).max().orElse(0);
        for (var severity : Severity.values()) {
            var some = findings.stream().filter(f -> f.severity() == severity).toList();
            if (some.isEmpty()) continue;
            out.printf("%n%s (%d)%n", plural(severity), some.size());
            for (var f : some) {
                out.printf("  %-" + width + "s  %s%n", f.rule(), f.message());
                out.printf("  %-" + width + "s  -> %s%n", "", f.remedy());
            }
        }
        if (!evidence.isEmpty()) {
            out.printf("%nevidence for the programme assessment (IEC 62443-2-1:2024)%n");
            int elementWidth =
                    evidence.stream().mapToInt(e -> e.element().length()).max().orElse(0);
            for (var e : evidence) {
                out.printf("  %-" + elementWidth + "s  %s: %s%n", e.element(), e.source(), e.summary());
            }
        }
        var counts = counts(findings);
        out.printf(
                "%n%d errors, %d warnings, %d info: %s (--fail-on %s)%n",
                counts.get(Severity.ERROR),
                counts.get(Severity.WARNING),
                counts.get(Severity.INFO),
                failed ? "FAILED" : "passed",
                failOn.label());
    }

    private static String plural(Severity severity) {
        return severity == Severity.INFO ? "info" : severity.label() + "s";
    }
}
