package io.zonewarden.app.report;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.risk.RiskMatrix;
import io.zonewarden.core.risk.AttackPath;
import io.zonewarden.core.risk.KnownVulnerabilities;
import io.zonewarden.core.risk.RiskRegister;
import io.zonewarden.core.risk.SafetyZoneRisk;
import io.zonewarden.core.risk.ScenarioRisk;
import io.zonewarden.core.risk.TargetTrace;
import io.zonewarden.core.roadmap.Roadmap;
import io.zonewarden.core.zoning.ZoningRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
        // what validate says about the scenarios, beside the derivation it affects
        var findings = java.util.stream.Stream.of(
                        ZoningRules.SCENARIO_FRS_MISSING,
                        ZoningRules.SCENARIO_UNREACHABLE,
                        ZoningRules.CONDUIT_RISK_TARGET)
                .flatMap(rule -> rule.apply(plant).stream())
                .map(f -> f.rule() + " (" + String.join(", ", f.subjects()) + "): " + f.message())
                .toList();
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
                            row.put(
                                    "limits",
                                    r.limits().stream()
                                            .map(l -> l.category() + " " + l.from() + " -> " + l.to() + " by "
                                                    + l.safeguard() + " (not cyber-dependent)")
                                            .collect(Collectors.joining("; ")));
                            row.put("raised", r.raise() == null ? "" : r.raise().describe());
                            row.put(
                                    "path",
                                    register.path(s.id())
                                            .map(RiskReportPage::path)
                                            .orElse(""));
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
                            row.put(
                                    "derived",
                                    z.derivedFromScenarios()
                                            ? braces(z.derived())
                                            : "not derived (no scenario targets it)");
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
                            row.put("trace", trace(z.trace(), m));
                            return row;
                        })
                        .toList());
        context.setVariable(
                "conduits",
                register.conduits().stream()
                        .map(c -> {
                            var row = new LinkedHashMap<String, Object>();
                            row.put("conduit", c.conduit());
                            row.put("declared", c.declared() == null ? "(none)" : braces(c.declared()));
                            row.put(
                                    "derived",
                                    c.derived() == null
                                            ? "not derived (no attack path crosses it)"
                                            : braces(c.derived()));
                            row.put(
                                    "below",
                                    c.below().stream()
                                            .sorted()
                                            .map(FoundationalRequirement::id)
                                            .collect(Collectors.joining(", ")));
                            row.put("scenarios", String.join(", ", c.scenarios()));
                            row.put("trace", trace(c.trace(), m));
                            return row;
                        })
                        .toList());
        context.setVariable("findings", findings);
        context.setVariable("known", register.vulnerabilities() == null ? null : known(register.vulnerabilities()));
        context.setVariable(
                "safetyZones",
                register.safetyZones().stream().map(RiskReportPage::safetyZone).toList());
        context.setVariable(
                "sifsOutside",
                register.sifsOutsideSafetyZones().stream()
                        .map(f -> f.safeguard() + " (" + f.name() + ", " + f.hazard() + ") in " + f.zone())
                        .toList());
        return ReportTemplates.render("report/risk", context);
    }

    /** The known vulnerabilities as rows: per zone, then per conduit, each match with its part in the risk. */
    static Map<String, Object> known(KnownVulnerabilities known) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var z : known.zones()) rows.addAll(rows("zone " + z.subject(), z));
        for (var c : known.conduits()) rows.addAll(rows("conduit " + c.subject(), c));
        var result = new LinkedHashMap<String, Object>();
        result.put("rows", rows);
        result.put(
                "updates",
                known.updates().stream()
                        .map(u -> {
                            var row = new LinkedHashMap<String, Object>();
                            row.put("id", u.id());
                            row.put("asset", u.asset() + (u.zone() == null ? "" : " (" + u.zone() + ")"));
                            row.put("advisories", String.join(", ", u.advisories()));
                            row.put("cves", String.join(", ", u.cves()));
                            row.put("cvss", u.cvss() == null ? "" : u.cvss().toString());
                            row.put("remediation", u.remediation());
                            return row;
                        })
                        .toList());
        return result;
    }

    static List<Map<String, Object>> rows(String subject, KnownVulnerabilities.Listed listed) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var e : listed.entries()) {
            var m = e.match();
            var row = new LinkedHashMap<String, Object>();
            row.put("subject", subject);
            row.put("asset", m.asset());
            row.put("advisory", m.advisory() + ": " + m.title());
            row.put("cves", String.join(", ", m.cves()));
            row.put("cvss", m.cvss() == null ? "" : m.cvss().toString());
            row.put("status", m.status().label() + " (" + m.confidence().label() + ")");
            row.put("role", e.role().label());
            row.put("raises", e.role() == KnownVulnerabilities.Role.RAISES);
            row.put("note", m.note() == null ? "" : m.note());
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> safetyZone(SafetyZoneRisk z) {
        var row = new LinkedHashMap<String, Object>();
        row.put("zone", z.zone());
        row.put(
                "sifs",
                z.sifs().stream()
                        .map(f -> f.safeguard() + ": " + f.name() + " (" + f.hazard() + ")")
                        .toList());
        row.put("scenarios", z.scenarios().isEmpty() ? "none" : String.join(", ", z.scenarios()));
        row.put("independent", z.independent());
        row.put("controlConduits", String.join(", ", z.controlConduits()));
        row.put("sharedAssets", String.join(", ", z.sharedAssets()));
        row.put("countermeasures", z.countermeasures().isEmpty() ? "none" : String.join(", ", z.countermeasures()));
        row.put(
                "residual",
                z.worstResidual() == null
                        ? "no scenario reaches the zone"
                        : "worst score " + z.worstResidual()
                                + (z.intolerable().isEmpty()
                                        ? ", tolerable"
                                        : ", not tolerable: " + String.join(", ", z.intolerable())));
        row.put("tolerable", z.intolerable().isEmpty());
        row.put(
                "signOffs",
                z.signOffs().stream()
                        .map(a -> a.approvedBy() + ", " + a.role() + ", " + a.date())
                        .toList());
        return row;
    }

    private static java.util.List<String> trace(java.util.List<TargetTrace> trace, RiskMatrix m) {
        return trace.stream()
                .filter(t -> t.scenario() != null)
                .map(t -> t.fr().id() + " SL " + t.level() + ": " + t.scenario() + ", "
                        + m.consequence().get(t.consequence() - 1) + " x "
                        + m.likelihood().get(t.likelihood() - 1) + " -> SL " + t.cellTarget()
                        + (t.setBy().equals("capability")
                                ? "; raised to the threat capability, SL " + t.capabilityFloor()
                                : "")
                        + (t.frsAssumed() ? " (frs not declared: all seven FRs assumed)" : ""))
                .toList();
    }

    private static String path(AttackPath p) {
        var parts = new java.util.ArrayList<String>();
        p.chains()
                .forEach((target, chain) -> parts.add(
                        "to " + target + (chain.isEmpty() ? " directly" : " by " + String.join(" -> ", chain))));
        if (!p.unreachable().isEmpty()) parts.add("unreachable: " + String.join(", ", p.unreachable()));
        return String.join("; ", parts);
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
