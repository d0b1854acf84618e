package io.zonewarden.app.cli;

import io.zonewarden.core.assessment.AssessPlant;
import io.zonewarden.core.assessment.AssessmentReport;
import io.zonewarden.core.assessment.CapabilityGap;
import io.zonewarden.core.assessment.CompareAssessments;
import io.zonewarden.core.assessment.RequirementState;
import io.zonewarden.core.assessment.Scope;
import io.zonewarden.core.assessment.ZoneAssessment;
import io.zonewarden.core.assessment.ZoneProgress;
import io.zonewarden.core.catalog.Catalog;
import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.io.EvidenceFiles;
import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.organisation.CollectEvidence;
import io.zonewarden.core.organisation.ProgrammeEvidence;
import io.zonewarden.core.zoning.CrossChecks;
import io.zonewarden.core.zoning.Finding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zonewarden assess MODEL.yaml}: the zero measurement, SL-A per zone and FR against SL-T. */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        description = {
            "Computes SL-A per zone and FR from the assessment answers (IEC 62443-3-3), the gap to SL-T, the"
                    + " requirements that block the next level, capability gaps of components (62443-4-2) and the"
                    + " programme profile (62443-2-1).",
            "Exit status: 0 done, 1 with --fail-on-gap when a zone falls short of its SL-T or evidence is missing"
                    + " or changed (--verify-evidence), 2 unreadable input or usage."
        })
final class AssessCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.yaml", description = "the plant model file with its assessment")
    Path model;

    @Option(names = "--zone", paramLabel = "ZONE", description = "assess this zone only")
    @Nullable
    String zone;

    @Option(
            names = "--scope",
            paramLabel = "target|all",
            description = "target (default): the requirements of each zone's SL-T; all: every requirement up to SL 4",
            defaultValue = "target",
            converter = ScopeConverter.class)
    Scope scope = Scope.TARGET;

    @Option(
            names = "--compare",
            paramLabel = "BASE.yaml",
            description = "a baseline (e.g. the zero measurement): show what moved since")
    @Nullable
    Path compare;

    @Option(
            names = "--programme-target",
            paramLabel = "ML",
            description = "the maturity level (1-4) programme elements should reach (default: 2)",
            defaultValue = "2")
    int programmeTarget = AssessPlant.DEFAULT_PROGRAMME_TARGET;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "the day the organisation's evidence is judged on (default: today)",
            converter = DateConverter.class)
    LocalDate asOf = LocalDate.now();

    @Option(names = "--fail-on-gap", description = "exit 1 when any zone's SL-A falls short of its SL-T")
    boolean failOnGap;

    @Option(
            names = "--verify-evidence",
            description = "check that evidence files exist next to the model and still have their recorded SHA-256")
    boolean verifyEvidence;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            description = "text (default) for people, json for programs",
            defaultValue = "text")
    OutputFormat format = OutputFormat.TEXT;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (programmeTarget < 1 || programmeTarget > 4) {
            err.println("zonewarden: --programme-target is a maturity level 1..4, got " + programmeTarget);
            return ZoneWarden.BAD_INPUT;
        }
        Plant plant;
        Plant baseline = null;
        try {
            plant = PlantYamlReader.read(model);
            if (compare != null) baseline = PlantYamlReader.read(compare);
        } catch (ModelFileException e) {
            Problems.print(err, e);
            return ZoneWarden.BAD_INPUT;
        }
        if (zone != null && plant.zone(zone).isEmpty()) {
            err.println("zonewarden: no zone '" + zone + "' in " + model + "; zones: "
                    + plant.zones().stream().map(z -> z.id()).collect(Collectors.joining(", ")));
            return ZoneWarden.BAD_INPUT;
        }
        var assess = new AssessPlant(Catalog.standard(), scope, programmeTarget);
        var report = assess.assess(plant);
        var findings = new ArrayList<>(report.findings());
        // answers the model contradicts make the SL-A above wrong: show them beside it
        findings.addAll(CrossChecks.answerFindings(plant));
        if (verifyEvidence) {
            var dir = model.toAbsolutePath().getParent();
            findings.addAll(EvidenceFiles.verify(plant, dir));
        }
        List<ZoneProgress> progress = baseline == null
                ? List.of()
                : CompareAssessments.compare(baseline, assess.assess(baseline), plant, report);
        var zones = report.zones().stream()
                .filter(z -> zone == null || z.zone().equals(zone))
                .toList();
        if (format == OutputFormat.JSON) {
            out.println(Json.write(json(plant, report, zones, findings, progress)));
        } else {
            text(out, plant, report, zones, findings, progress);
        }
        out.flush();
        boolean evidenceBad = findings.stream().anyMatch(f -> f.rule().startsWith("ASSESS-EVIDENCE"));
        boolean gap = zones.stream().anyMatch(z -> !z.meetsTarget());
        return (failOnGap && gap) || evidenceBad ? ZoneWarden.FINDINGS : ZoneWarden.OK;
    }

    // JSON ----------------------------------------------------------------------------------------------------

    private Map<String, Object> json(
            Plant plant,
            AssessmentReport report,
            List<ZoneAssessment> zones,
            List<Finding> findings,
            List<ZoneProgress> progress) {
        var root = new LinkedHashMap<String, Object>();
        root.put("plant", plant.info().id());
        root.put("scope", scope.name().toLowerCase(java.util.Locale.ROOT));
        root.put("catalog", Catalog.standard().catalogVersion());
        root.put("zones", zones.stream().map(AssessCommand::json).toList());
        root.put(
                "capability",
                report.capabilityGaps().stream()
                        .filter(g -> zone == null || g.zone().equals(zone))
                        .map(AssessCommand::json)
                        .toList());
        var programme = new LinkedHashMap<String, Object>();
        programme.put("target", report.programme().target());
        programme.put("elements", report.programme().entries().size());
        programme.put("rated", report.programme().rated());
        programme.put(
                "profile",
                report.programme().entries().stream()
                        .filter(e -> e.rating() != null)
                        .map(e -> Map.of("id", e.element().id(), "maturity", e.maturity()))
                        .toList());
        programme.put(
                "belowTarget",
                report.programme().belowTarget().stream()
                        .map(e -> {
                            var m = new LinkedHashMap<String, Object>();
                            m.put("id", e.element().id());
                            m.put("title", e.element().title());
                            m.put("maturity", e.rating() == null ? null : e.maturity());
                            return m;
                        })
                        .toList());
        programme.put(
                "suggestedEvidence",
                suggestedEvidence(plant).stream()
                        .map(e -> Map.of("element", e.element(), "source", e.source(), "summary", e.summary()))
                        .toList());
        root.put("programme", programme);
        root.put("findings", findings.stream().map(AssessCommand::json).toList());
        if (compare != null)
            root.put("progress", progress.stream().map(AssessCommand::json).toList());
        return root;
    }

    private static Map<String, Object> json(ZoneAssessment z) {
        var m = new LinkedHashMap<String, Object>();
        m.put("zone", z.zone());
        m.put("slTarget", z.slTarget() == null ? null : array(z.slTarget()));
        // claimed and verified SL-A, null in an FR nobody assessed (never 0: that would read as assessed and failed)
        m.put("slAchieved", z.claimedLevels());
        m.put("slVerified", z.verifiedLevels());
        m.put("gap", z.gap());
        m.put("gapVerified", z.gapVerified());
        m.put(
                "notAssessed",
                z.notAssessed().stream().map(fr -> "FR" + fr.number()).toList());
        m.put("meetsTarget", z.meetsTarget());
        m.put("meetsTargetVerified", z.meetsTargetVerified());
        var blocking = new LinkedHashMap<String, Object>();
        z.blocking()
                .forEach((fr, states) -> blocking.put(
                        "FR" + fr.number(),
                        states.stream().map(s -> s.requirement().id()).toList()));
        m.put("blocking", blocking);
        m.put("completeness", Math.round(z.completeness() * 1000) / 1000.0);
        m.put("answered", z.answered());
        m.put("inScope", z.scope().size());
        m.put(
                "unmet",
                z.unmet().stream()
                        .map(s -> {
                            var u = new LinkedHashMap<String, Object>();
                            u.put("id", s.requirement().id());
                            u.put("title", s.requirement().title());
                            u.put("fr", "FR" + s.requirement().fr().number());
                            u.put("state", s.state());
                            u.put(
                                    "evidence",
                                    s.answer() == null
                                            ? 0
                                            : s.answer().evidence().size());
                            return u;
                        })
                        .toList());
        return m;
    }

    private static Map<String, Object> json(CapabilityGap g) {
        var m = new LinkedHashMap<String, Object>();
        m.put("asset", g.asset());
        m.put("zone", g.zone());
        m.put("slCapability", array(g.slCapability()));
        m.put("slTarget", array(g.slTarget()));
        m.put("frs", g.frs().stream().sorted().map(fr -> "FR" + fr.number()).toList());
        m.put("source", g.fromAnswers() ? "answers" : "declared");
        return m;
    }

    private static Map<String, Object> json(Finding f) {
        var m = new LinkedHashMap<String, Object>();
        m.put("rule", f.rule());
        m.put("severity", f.severity().label());
        m.put("subjects", f.subjects());
        m.put("message", f.message());
        m.put("remedy", f.remedy());
        return m;
    }

    private static Map<String, Object> json(ZoneProgress p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("zone", p.zone());
        m.put("before", p.before() == null ? null : array(p.before()));
        m.put("after", p.after() == null ? null : array(p.after()));
        m.put("delta", Arrays.stream(p.delta()).boxed().toList());
        m.put("newlyMet", p.newlyMet());
        m.put("lost", p.lost());
        return m;
    }

    private static List<Integer> array(SecurityLevelVector v) {
        return Arrays.stream(v.toArray()).boxed().toList();
    }

    // Text ----------------------------------------------------------------------------------------------------

    private void text(
            PrintWriter out,
            Plant plant,
            AssessmentReport report,
            List<ZoneAssessment> zones,
            List<Finding> findings,
            List<ZoneProgress> progress) {
        out.printf(
                "%s (%s): zero measurement against IEC 62443-3-3, scope %s, catalog %s%n",
                plant.info().id(),
                plant.info().name(),
                scope.name().toLowerCase(java.util.Locale.ROOT),
                Catalog.standard().catalogVersion());
        for (var z : zones) {
            if (z.answered() == 0 && zone == null) {
                out.printf(
                        "%nzone %s   SL-T %s   not assessed yet (0 of %d requirements answered)%n",
                        z.zone(),
                        z.slTarget() == null ? "(none)" : braces(z.slTarget()),
                        z.scope().size());
                continue;
            }
            out.printf(
                    "%nzone %s   SL-T %s   SL-A claimed %s verified %s   %s   answered %d of %d (%d%%)%n",
                    z.zone(),
                    z.slTarget() == null ? "(none)" : braces(z.slTarget()),
                    braces(z.claimedLevels()),
                    braces(z.verifiedLevels()),
                    z.meetsTarget() ? "meets SL-T" : "gap " + braces(z.gap()),
                    z.answered(),
                    z.scope().size(),
                    Math.round(z.completeness() * 100));
            if (!z.notAssessed().isEmpty()) {
                out.printf(
                        "  not assessed: %s (no answer to any of their requirements; - above)%n",
                        z.notAssessed().stream()
                                .map(FoundationalRequirement::id)
                                .collect(Collectors.joining(", ")));
            }
            for (var fr : FoundationalRequirement.values()) {
                int i = fr.ordinal();
                var target = z.slTarget() == null
                        ? "-"
                        : Integer.toString(z.slTarget().of(fr).value());
                if (!z.isAssessed(fr)) {
                    out.printf("  FR %d %-3s  SL-T %s  not assessed%n", fr.number(), fr.name(), target);
                    continue;
                }
                var blocking = z.blocking().get(fr);
                String next = blocking == null || blocking.isEmpty()
                        ? ""
                        : "next SL " + (z.slAchieved().of(fr).value() + 1) + " needs "
                                + blocking.stream()
                                        .limit(4)
                                        .map(AssessCommand::brief)
                                        .collect(Collectors.joining(", "))
                                + (blocking.size() > 4 ? " (+" + (blocking.size() - 4) + ")" : "");
                Integer gap = z.gap().get(i);
                out.printf(
                        "  FR %d %-3s  SL-T %s  SL-A claimed %d verified %d  %s  %s%n",
                        fr.number(),
                        fr.name(),
                        target,
                        z.slAchieved().of(fr).value(),
                        z.slVerified().of(fr).value(),
                        gap != null && gap > 0 ? "gap " + gap : "     ",
                        next);
            }
        }
        var gaps = report.capabilityGaps().stream()
                .filter(g -> zone == null || g.zone().equals(zone))
                .toList();
        if (!gaps.isEmpty()) {
            out.printf("%ncomponents below their zone's SL-T (compensating countermeasures needed, 62443-3-3 4.3)%n");
            for (var g : gaps) {
                out.printf(
                        "  %s in %s: SL-C %s (%s) vs SL-T %s in %s%n",
                        g.asset(),
                        g.zone(),
                        g.slCapability(),
                        g.fromAnswers() ? "from 62443-4-2 answers" : "declared",
                        g.slTarget(),
                        g.frs().stream()
                                .sorted()
                                .map(FoundationalRequirement::id)
                                .collect(Collectors.joining(", ")));
            }
        }
        var programme = report.programme();
        if (zone == null) {
            out.printf(
                    "%nprogramme (IEC 62443-2-1:2024): %d of %d requirements rated; %d below ML %d%n",
                    programme.rated(),
                    programme.entries().size(),
                    programme.belowTarget().size(),
                    programme.target());
            programme.entries().stream()
                    .filter(e -> e.rating() != null)
                    .forEach(e -> out.printf(
                            "  %-10s ML %d  %s%s%n",
                            e.element().id(),
                            e.maturity(),
                            e.element().title(),
                            e.maturity() < programme.target() ? "  (below target)" : ""));
            var suggested = suggestedEvidence(plant);
            if (!suggested.isEmpty()) {
                out.printf(
                        "%nevidence the organisation section offers for the programme (suggestions; the ratings stand)%n");
                suggested.forEach(e -> out.printf("  %-10s %s: %s%n", e.element(), e.source(), e.summary()));
            }
        }
        if (!progress.isEmpty()) {
            out.printf("%nprogress since %s%n", compare);
            for (var p : progress) {
                if (!p.changed()) continue;
                out.printf(
                        "  %s: SL-A %s -> %s; newly met %s; lost %s%n",
                        p.zone(),
                        p.before() == null ? "(new)" : braces(p.before()),
                        p.after() == null ? "(gone)" : braces(p.after()),
                        p.newlyMet().isEmpty() ? "none" : String.join(", ", p.newlyMet()),
                        p.lost().isEmpty() ? "none" : String.join(", ", p.lost()));
            }
        }
        if (!findings.isEmpty()) {
            out.printf("%nfindings%n");
            for (var f : findings) out.printf("  %-24s %s%n", f.rule(), f.message());
        }
    }

    /**
     * What the organisation (policies, roles, awareness) shows for the IEC 62443-2-1 elements: offered beside the
     * assessor's maturity ratings, never in their place.
     */
    private List<ProgrammeEvidence> suggestedEvidence(Plant plant) {
        return CollectEvidence.of(plant.organisation(), asOf);
    }

    /** Always the seven levels, even for a flat vector: a reader compares them FR by FR. */
    private static String braces(SecurityLevelVector v) {
        return Arrays.stream(v.toArray()).mapToObj(Integer::toString).collect(Collectors.joining(" ", "{", "}"));
    }

    /** Seven levels or gaps, "-" for an FR not assessed. */
    private static String braces(List<@Nullable Integer> levels) {
        return levels.stream().map(l -> l == null ? "-" : l.toString()).collect(Collectors.joining(" ", "{", "}"));
    }

    private static String brief(RequirementState s) {
        return s.requirement().id() + " (" + s.state() + ")";
    }
}
