package io.zonewarden.app.report;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.risk.RiskRegister;
import io.zonewarden.core.risk.ScenarioRisk;
import io.zonewarden.core.roadmap.Roadmap;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.thymeleaf.context.Context;

/**
 * The risk report (the register with the matrix as heat maps, SL-T derived per zone with its trace) and the
 * roadmap report (phases, the curve of risk against money, what the budget cannot reach): self-contained HTML pages.
 */
public final class RiskReportPage {

    private RiskReportPage() {}

    /** Renders the risk report; {@code today} is the date printed on it. */
    public static String risk(Plant plant, RiskRegister register, LocalDate today) {
        var context = new Context(Locale.ROOT);
        var m = register.matrix();
        context.setVariable("plant", plant.info());
        context.setVariable("today", today);
        context.setVariable("defaultMatrix", m.isDefault());
        context.setVariable("tolerable", m.tolerable());
        context.setVariable("scenarioCount", register.scenarios().size());
        context.setVariable("intolerable", register.intolerable().size());
        context.setVariable("totalInherent", register.totalInherent());
        context.setVariable("totalResidual", register.totalResidual());
        context.setVariable("inherentMap", HeatMap.svg(m, register.scenarios(), false));
        context.setVariable("residualMap", HeatMap.svg(m, register.scenarios(), true));
        context.setVariable(
                "scenarios",
                register.scenarios().stream()
                        .map(r -> {
                            var s = r.scenario();
                            var row = new LinkedHashMap<String, Object>();
                            row.put("id", s.id());
                            row.put("description", s.description() == null ? "" : s.description());
                            row.put(
                                    "source",
                                    s.source() + " (SL " + s.capability().securityLevel() + ")");
                            row.put("entry", s.entry());
                            row.put("targets", String.join(", ", s.targets()));
                            row.put(
                                    "consequence",
                                    m.consequence().get(r.consequence() - 1)
                                            + (r.category() == null ? "" : " (" + r.category() + ")")
                                            + (s.hazard() == null ? "" : ", " + s.hazard()));
                            row.put("inherent", r.inherentScore());
                            row.put("residual", r.residualScore());
                            row.put("existing", String.join("; ", s.existing()));
                            row.put("tolerable", r.residualTolerable());
                            return row;
                        })
                        .toList());
        context.setVariable(
                "top", register.top(5).stream().map(ScenarioRisk::id).toList());
        context.setVariable(
                "zones",
                register.zones().stream()
                        .map(z -> {
                            var row = new LinkedHashMap<String, Object>();
                            row.put("zone", z.zone());
                            row.put("declared", z.declared() == null ? "(none)" : braces(z.declared()));
                            row.put("derived", braces(z.derived()));
                            row.put(
                                    "below",
                                    z.below().stream()
                                            .sorted()
                                            .map(FoundationalRequirement::id)
                                            .collect(Collectors.joining(", ")));
                            var high = z.highLevel();
                            row.put(
                                    "highLevel",
                                    high.hazard() == null
                                            ? "no process hazard"
                                            : m.consequence().get(high.consequence() - 1) + " (" + high.category()
                                                    + ") through " + high.hazard());
                            row.put("cyberPha", String.join(", ", high.cyberPha()));
                            row.put(
                                    "trace",
                                    z.trace().stream()
                                            .filter(t -> t.scenario() != null)
                                            .map(t -> t.fr().id() + " SL " + t.level() + ": " + t.scenario() + ", "
                                                    + m.consequence().get(t.consequence() - 1) + " x "
                                                    + m.likelihood().get(t.likelihood() - 1) + " -> SL "
                                                    + t.cellTarget()
                                                    + (t.setBy().equals("capability")
                                                            ? "; raised to the threat capability, SL "
                                                                    + t.capabilityFloor()
                                                            : ""))
                                            .toList());
                            return row;
                        })
                        .toList());
        return ReportTemplates.render("report/risk", context);
    }

    /** Renders the roadmap report. */
    public static String roadmap(Plant plant, Roadmap r, LocalDate today) {
        var context = new Context(Locale.ROOT);
        context.setVariable("plant", plant.info());
        context.setVariable("today", today);
        context.setVariable("budget", money(r.budget()));
        context.setVariable("years", r.years());
        context.setVariable("cost", money(r.cost()));
        context.setVariable("before", r.scoreBefore());
        context.setVariable("after", r.scoreAfter());
        context.setVariable("removed", r.removed());
        context.setVariable(
                "removedPercent", r.scoreBefore() == 0 ? 0 : Math.round(100.0 * r.removed() / r.scoreBefore()));
        context.setVariable("optimal", r.optimal());
        context.setVariable("gap", String.format(Locale.ROOT, "%.1f", 100 * r.gap()));
        context.setVariable("curve", CostCurve.svg(r));
        var names = plant.risk().countermeasures().stream().collect(Collectors.toMap(c -> c.id(), c -> c.name()));
        context.setVariable(
                "phases",
                r.phases().stream()
                        .map(p -> {
                            var phase = new LinkedHashMap<String, Object>();
                            phase.put("number", p.number());
                            phase.put("cost", money(p.cost()));
                            phase.put("removed", p.removed());
                            phase.put("after", p.scoreAfter());
                            phase.put(
                                    "steps",
                                    r.steps().stream()
                                            .filter(s -> s.phase() == p.number())
                                            .map(s -> Map.<String, Object>of(
                                                    "id", s.countermeasure(),
                                                    "name", names.get(s.countermeasure()),
                                                    "cost", money(s.cost()),
                                                    "removed", s.removed(),
                                                    "spent", money(s.spent()),
                                                    "after", s.scoreAfter()))
                                            .toList());
                            return phase;
                        })
                        .toList());
        context.setVariable("greedy", String.join(", ", r.greedySelected()));
        context.setVariable("greedyRemoved", r.greedyRemoved());
        context.setVariable("greedyCost", money(r.greedyCost()));
        context.setVariable("better", r.removed() - r.greedyRemoved());
        context.setVariable(
                "unreached",
                r.unreached().stream()
                        .map(u -> Map.<String, Object>of(
                                "scenario", u.scenario(),
                                "after", u.scoreAfter(),
                                "best", u.bestPossible(),
                                "reachable", plant.risk().matrix().tolerable(u.bestPossible()),
                                "safety", u.safety(),
                                "safetyScore", u.safetyScore() == null ? "" : u.safetyScore()))
                        .toList());
        context.setVariable("safetyBefore", r.safetyIntolerableBefore());
        context.setVariable("safetyAfter", r.safetyIntolerableAfter());
        context.setVariable("intolerableBefore", r.intolerableBefore());
        context.setVariable("intolerableAfter", r.intolerableAfter());
        context.setVariable("required", String.join(", ", r.required()));
        context.setVariable(
                "unresolved",
                r.unresolved().stream()
                        .map(f -> Map.<String, Object>of(
                                "rule", f.rule(), "subjects", String.join(", ", f.subjects()), "message", f.message()))
                        .toList());
        context.setVariable(
                "resolved",
                r.resolved().stream()
                        .map(f -> Map.<String, Object>of(
                                "rule", f.rule(), "subjects", String.join(", ", f.subjects()), "message", f.message()))
                        .toList());
        context.setVariable(
                "zones",
                r.zones().stream()
                        .map(z -> Map.<String, Object>of(
                                "zone", z.zone(),
                                "target", z.slTarget() == null ? "(none)" : braces(z.slTarget()),
                                "now", braces(z.slAchieved()),
                                "planned", braces(z.slPlanned()),
                                "changed", !z.slPlanned().equals(z.slAchieved()),
                                "satisfied", String.join(", ", z.satisfied())))
                        .toList());
        context.setVariable("costToTolerable", r.costToTolerable() == null ? null : money(r.costToTolerable()));
        context.setVariable("notSelected", String.join(", ", r.notSelected()));
        return ReportTemplates.render("report/roadmap", context);
    }

    private static String braces(SecurityLevelVector v) {
        return Arrays.stream(v.toArray()).mapToObj(Integer::toString).collect(Collectors.joining(" ", "{", "}"));
    }

    private static String money(long amount) {
        return String.format(Locale.ROOT, "%,d", amount);
    }
}
