package io.zonewarden.app.cli;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.risk.RiskMatrix;
import io.zonewarden.core.risk.AssessRisk;
import io.zonewarden.core.risk.RiskRegister;
import io.zonewarden.core.risk.ScenarioRisk;
import io.zonewarden.core.risk.TargetTrace;
import io.zonewarden.core.risk.ZoneRisk;
import java.io.PrintWriter;
import java.nio.file.Path;
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

/** {@code zonewarden risk MODEL.yaml}: the risk register and SL-T derived per zone (IEC 62443-3-2 ZCR 2, ZCR 5). */
@Command(
        name = "risk",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the risk register (inherent and residual risk of every threat scenario against the tolerable"
                    + " line), the high-level risk of each zone through its process hazards, and per zone the SL-T"
                    + " derived from the scenarios against the declared one, with what set each FR.",
            "Exit status: 0 done, 1 with --fail-on-intolerable when a residual risk is above the tolerable line, 2"
                    + " unreadable input or usage."
        })
final class RiskCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.yaml", description = "the plant model file with its risk section")
    Path model;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "5",
            description = "how many of the highest risks to list (default: 5)")
    int top = 5;

    @Option(names = "--fail-on-intolerable", description = "exit 1 when a residual risk is above the tolerable line")
    boolean failOnIntolerable;

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
        if (top < 0) {
            err.println("zonewarden: --top must not be negative, got " + top);
            return ZoneWarden.BAD_INPUT;
        }
        Plant plant;
        try {
            plant = PlantYamlReader.read(model);
        } catch (ModelFileException e) {
            Problems.print(err, e);
            return ZoneWarden.BAD_INPUT;
        }
        var register = AssessRisk.assess(plant);
        if (format == OutputFormat.JSON) {
            out.println(Json.write(json(plant, register, top)));
        } else {
            text(out, plant, register, top);
        }
        out.flush();
        return failOnIntolerable && !register.intolerable().isEmpty() ? ZoneWarden.FINDINGS : ZoneWarden.OK;
    }

    static Map<String, Object> json(Plant plant, RiskRegister register, int top) {
        var root = new LinkedHashMap<String, Object>();
        root.put("plant", plant.info().id());
        root.put("matrix", json(register.matrix()));
        root.put(
                "scenarios",
                register.scenarios().stream().map(RiskCommand::json).toList());
        root.put("zones", register.zones().stream().map(RiskCommand::json).toList());
        root.put("top", register.top(top).stream().map(ScenarioRisk::id).toList());
        var summary = new LinkedHashMap<String, Object>();
        summary.put("scenarios", register.scenarios().size());
        summary.put("intolerable", register.intolerable().size());
        summary.put("inherent", register.totalInherent());
        summary.put("residual", register.totalResidual());
        summary.put(
                "zonesBelowDerived",
                register.zones().stream()
                        .filter(z -> !z.below().isEmpty())
                        .map(ZoneRisk::zone)
                        .toList());
        root.put("summary", summary);
        return root;
    }

    private static Map<String, Object> json(RiskMatrix m) {
        var json = new LinkedHashMap<String, Object>();
        json.put("likelihood", m.likelihood());
        json.put("consequence", m.consequence());
        json.put("score", m.score());
        json.put("tolerable", m.tolerable());
        json.put("slTarget", m.slTarget());
        json.put("default", m.isDefault());
        return json;
    }

    private static Map<String, Object> json(ScenarioRisk r) {
        var s = r.scenario();
        var m = new LinkedHashMap<String, Object>();
        m.put("id", s.id());
        m.put("description", s.description());
        m.put("source", s.source());
        m.put("capability", s.capability().securityLevel());
        m.put("entry", s.entry());
        m.put("targets", s.targets());
        m.put("hazard", s.hazard());
        m.put("consequence", r.consequence());
        m.put("category", r.category() == null ? null : r.category().label());
        m.put("likelihood", s.likelihood());
        m.put("residualLikelihood", s.currentLikelihood());
        m.put("existing", s.existing());
        m.put("inherent", r.inherentScore());
        m.put("residual", r.residualScore());
        m.put("tolerable", r.residualTolerable());
        m.put("inherentTolerable", r.inherentTolerable());
        m.put("slTargetCell", r.cellTarget());
        m.put("frs", s.frs().stream().sorted().map(fr -> "FR" + fr.number()).toList());
        return m;
    }

    private static Map<String, Object> json(ZoneRisk z) {
        var m = new LinkedHashMap<String, Object>();
        m.put("zone", z.zone());
        var high = new LinkedHashMap<String, Object>();
        high.put("consequence", z.highLevel().consequence());
        high.put(
                "category",
                z.highLevel().category() == null
                        ? null
                        : z.highLevel().category().label());
        high.put("hazard", z.highLevel().hazard());
        high.put("hazards", z.highLevel().hazards());
        high.put("cyberPha", z.highLevel().cyberPha());
        m.put("highLevel", high);
        m.put("scenarios", z.scenarios());
        m.put("slTarget", z.declared() == null ? null : array(z.declared()));
        m.put("slTargetDerived", array(z.derived()));
        m.put("below", z.below().stream().sorted().map(fr -> "FR" + fr.number()).toList());
        m.put("trace", z.trace().stream().map(RiskCommand::json).toList());
        return m;
    }

    private static Map<String, Object> json(TargetTrace t) {
        var m = new LinkedHashMap<String, Object>();
        m.put("fr", "FR" + t.fr().number());
        m.put("level", t.level());
        m.put("scenario", t.scenario());
        m.put("consequence", t.consequence());
        m.put("likelihood", t.likelihood());
        m.put("cell", t.cellTarget());
        m.put("capabilityFloor", t.capabilityFloor());
        m.put("setBy", t.setBy());
        return m;
    }

    private static List<Integer> array(SecurityLevelVector v) {
        return Arrays.stream(v.toArray()).boxed().toList();
    }

    private static void text(PrintWriter out, Plant plant, RiskRegister register, int top) {
        var m = register.matrix();
        out.printf(
                "%s (%s): risk register, %d scenarios, tolerable up to score %d%n",
                plant.info().id(), plant.info().name(), register.scenarios().size(), m.tolerable());
        if (m.isDefault()) {
            out.println("note: the default 5 x 5 matrix is illustrative, not from the standard; calibrate it to the"
                    + " plant's tolerable risk (risk.matrix) before relying on the derived SL-T");
        }
        if (!register.scenarios().isEmpty()) {
            out.printf(
                    "%n%-10s %-24s %-5s %-26s %-8s %-9s %-9s %s%n",
                    "scenario", "source", "cap", "consequence", "L now", "inherent", "residual", "");
            for (var r : register.scenarios()) {
                var s = r.scenario();
                out.printf(
                        "%-10s %-24s SL %-2d %-26s %d -> %d   %-9d %-9d %s%n",
                        s.id(),
                        abbreviate(s.source(), 24),
                        s.capability().securityLevel(),
                        r.consequence() + " " + m.consequence().get(r.consequence() - 1)
                                + (r.category() == null ? "" : " (" + r.category() + ")"),
                        s.likelihood(),
                        s.currentLikelihood(),
                        r.inherentScore(),
                        r.residualScore(),
                        r.residualTolerable() ? "tolerable" : "NOT TOLERABLE");
            }
        }
        var highest = register.top(top);
        if (!highest.isEmpty()) {
            out.printf("%ntop risks%n");
            int rank = 1;
            for (var r : highest) {
                out.printf(
                        "  %d. %s  residual %d (%s x %s)%s%n",
                        rank++,
                        r.id(),
                        r.residualScore(),
                        m.consequence().get(r.consequence() - 1),
                        m.likelihood().get(r.scenario().currentLikelihood() - 1),
                        r.scenario().description() == null
                                ? ""
                                : ": " + r.scenario().description());
            }
        }
        out.printf("%nSL-T per zone (derived from the scenarios; ZCR 5.6)%n");
        for (var z : register.zones()) {
            var high = z.highLevel();
            out.printf(
                    "%nzone %s   declared %s   derived %s   %s%n",
                    z.zone(),
                    z.declared() == null ? "(none)" : braces(z.declared()),
                    braces(z.derived()),
                    z.below().isEmpty()
                            ? "declared meets derived"
                            : "declared BELOW derived in "
                                    + z.below().stream()
                                            .sorted()
                                            .map(FoundationalRequirement::id)
                                            .collect(Collectors.joining(", ")));
            if (high.hazard() != null) {
                out.printf(
                        "  high-level risk (ZCR 2): worst consequence %d %s through %s%s%n",
                        high.consequence(),
                        high.category() == null ? "" : "(" + high.category() + ")",
                        high.hazard(),
                        high.cyberPha().isEmpty()
                                ? ""
                                : "; cyber-PHA: every safeguard of " + String.join(", ", high.cyberPha())
                                        + " can be defeated from here");
            }
            for (var t : z.trace()) {
                if (t.scenario() == null) continue;
                out.printf("  %-5s SL %d  %s%n", t.fr().id(), t.level(), because(t, m));
            }
        }
        if (!register.intolerable().isEmpty()) {
            out.printf(
                    "%n%d of %d scenarios stay above the tolerable line: %s%n",
                    register.intolerable().size(),
                    register.scenarios().size(),
                    register.intolerable().stream().map(ScenarioRisk::id).collect(Collectors.joining(", ")));
        }
    }

    private static String because(TargetTrace t, RiskMatrix m) {
        var cell = "cell " + m.consequence().get(t.consequence() - 1) + " x "
                + m.likelihood().get(t.likelihood() - 1) + " -> SL " + t.cellTarget();
        return t.setBy().equals("capability")
                ? "set by " + t.scenario() + ": threat capability SL " + t.capabilityFloor() + " (" + cell + ")"
                : "set by " + t.scenario() + ": " + cell
                        + (t.capabilityFloor() > 0 ? ", capability floor SL " + t.capabilityFloor() : "");
    }

    static String braces(SecurityLevelVector v) {
        return Arrays.stream(v.toArray()).mapToObj(Integer::toString).collect(Collectors.joining(" ", "{", "}"));
    }

    private static String abbreviate(@Nullable String text, int width) {
        if (text == null) return "";
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }
}
