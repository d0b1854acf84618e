package io.zonewarden.app.cli;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.risk.RiskMatrix;
import io.zonewarden.core.risk.AssessRisk;
import io.zonewarden.core.risk.AttackPath;
import io.zonewarden.core.risk.ConduitRisk;
import io.zonewarden.core.risk.KnownVulnerabilities;
import io.zonewarden.core.risk.LikelihoodRaise;
import io.zonewarden.core.risk.RiskRegister;
import io.zonewarden.core.risk.SafetyZoneRisk;
import io.zonewarden.core.risk.ScenarioRisk;
import io.zonewarden.core.risk.TargetTrace;
import io.zonewarden.core.risk.ZoneRisk;
import io.zonewarden.core.vulnerability.MatchVulnerabilities.Match;
import io.zonewarden.core.zoning.Finding;
import io.zonewarden.core.zoning.ZoningRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zonewarden risk MODEL.yaml}: the risk register and SL-T derived per zone (IEC 62443-3-2 ZCR 2, ZCR 5). */
@Command(
        name = "risk",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the risk register (inherent and residual risk of every threat scenario against the tolerable"
                    + " line), the high-level risk of each zone through its process hazards, per zone and per conduit"
                    + " on an attack's path the SL-T derived from the scenarios against the declared one, with what"
                    + " set each FR, and per safety zone its SIS security risk assessment (IEC 61511-1 8.2.4).",
            "With --advisories DIR the assets' known vulnerabilities are listed per zone and conduit (ZCR 5.2): a"
                    + " scenario whose target zones hold an asset affected exactly by an advisory with CVSS >= 7.0,"
                    + " no fix applied and no accepted risk in force, is one likelihood level more likely (capped),"
                    + " once per scenario; vendor fixes are listed as countermeasures to consider.",
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

    @Mixin
    AdvisoryOptions vulnerabilities = new AdvisoryOptions();

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
        List<Match> matches;
        try {
            matches = vulnerabilities.matches(plant, err, "risk");
        } catch (java.io.IOException e) {
            err.println("zonewarden: risk: " + e.getMessage());
            return ZoneWarden.BAD_INPUT;
        }
        var register = AssessRisk.assess(plant, matches);
        var findings = findings(plant);
        if (format == OutputFormat.JSON) {
            var json = json(plant, register, top);
            json.put("findings", findings.stream().map(RiskCommand::json).toList());
            out.println(Json.write(json));
        } else {
            text(out, plant, register, top, findings);
        }
        out.flush();
        return failOnIntolerable && !register.intolerable().isEmpty() ? ZoneWarden.FINDINGS : ZoneWarden.OK;
    }

    /** What validate says about the scenarios, shown beside the derivation they affect. */
    static List<Finding> findings(Plant plant) {
        var findings = new ArrayList<Finding>();
        findings.addAll(ZoningRules.SCENARIO_FRS_MISSING.apply(plant));
        findings.addAll(ZoningRules.SCENARIO_UNREACHABLE.apply(plant));
        findings.addAll(ZoningRules.CONDUIT_RISK_TARGET.apply(plant));
        return findings;
    }

    private static Map<String, Object> json(Finding f) {
        var m = new LinkedHashMap<String, Object>();
        m.put("rule", f.rule());
        m.put("severity", f.severity().toString().toLowerCase(java.util.Locale.ROOT));
        m.put("subjects", f.subjects());
        m.put("message", f.message());
        m.put("remedy", f.remedy());
        return m;
    }

    static Map<String, Object> json(Plant plant, RiskRegister register, int top) {
        var root = new LinkedHashMap<String, Object>();
        root.put("plant", plant.info().id());
        root.put("matrix", json(register.matrix()));
        root.put(
                "scenarios",
                register.scenarios().stream()
                        .map(r -> {
                            var m = json(r);
                            register.path(r.id()).ifPresent(p -> m.put("path", json(p)));
                            return m;
                        })
                        .toList());
        root.put("zones", register.zones().stream().map(RiskCommand::json).toList());
        root.put("conduits", register.conduits().stream().map(RiskCommand::json).toList());
        root.put(
                "safetyZones",
                register.safetyZones().stream().map(RiskCommand::json).toList());
        root.put(
                "sifsOutsideSafetyZones",
                register.sifsOutsideSafetyZones().stream()
                        .map(RiskCommand::json)
                        .toList());
        if (register.vulnerabilities() != null) root.put("vulnerabilities", json(register.vulnerabilities()));
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
        summary.put(
                "conduitsBelowDerived",
                register.conduits().stream()
                        .filter(c -> !c.below().isEmpty())
                        .map(ConduitRisk::conduit)
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
        m.put("likelihood", r.likelihood());
        m.put("residualLikelihood", r.residualLikelihood());
        if (r.raise() != null) m.put("likelihoodRaise", json(r.raise()));
        m.put("existing", s.existing());
        m.put("inherent", r.inherentScore());
        m.put("residual", r.residualScore());
        m.put("tolerable", r.residualTolerable());
        m.put("inherentTolerable", r.inherentTolerable());
        m.put("slTargetCell", r.cellTarget());
        m.put("frs", s.frs().stream().sorted().map(fr -> "FR" + fr.number()).toList());
        m.put("frsDeclared", s.frsDeclared());
        m.put(
                "limits",
                r.limits().stream()
                        .map(l -> {
                            var lm = new LinkedHashMap<String, Object>();
                            lm.put("category", l.category().label());
                            lm.put("from", l.from());
                            lm.put("to", l.to());
                            lm.put("safeguard", l.safeguard());
                            return lm;
                        })
                        .toList());
        return m;
    }

    private static Map<String, Object> json(LikelihoodRaise raise) {
        var m = new LinkedHashMap<String, Object>();
        m.put("from", raise.from());
        m.put("to", raise.to());
        m.put("residualFrom", raise.residualFrom());
        m.put("residualTo", raise.residualTo());
        m.put("zone", raise.zone());
        m.put("asset", raise.asset());
        m.put("advisory", raise.advisory());
        m.put("cves", raise.cves());
        m.put("cvss", raise.cvss());
        m.put("others", raise.others());
        m.put("expiredAcceptance", raise.expiredAcceptance());
        m.put("trace", raise.describe());
        return m;
    }

    /** The known vulnerabilities per zone and conduit, and the vendor fixes to consider (ZCR 5.2). */
    static Map<String, Object> json(KnownVulnerabilities known) {
        var m = new LinkedHashMap<String, Object>();
        m.put("rule", RAISE_RULE);
        m.put("zones", known.zones().stream().map(z -> json("zone", z)).toList());
        m.put("conduits", known.conduits().stream().map(c -> json("conduit", c)).toList());
        m.put(
                "countermeasureCandidates",
                known.updates().stream()
                        .map(u -> {
                            var um = new LinkedHashMap<String, Object>();
                            um.put("id", u.id());
                            um.put("asset", u.asset());
                            um.put("zone", u.zone());
                            um.put("advisories", u.advisories());
                            um.put("cves", u.cves());
                            um.put("cvss", u.cvss());
                            um.put("remediation", u.remediation());
                            return um;
                        })
                        .toList());
        return m;
    }

    static final String RAISE_RULE =
            "a scenario whose target zones hold an asset affected (confidence exact, no accepted"
                    + " risk in force) by an advisory with CVSS >= " + KnownVulnerabilities.RAISING_CVSS
                    + " is one likelihood level more likely, capped at the matrix's highest, once per scenario";

    private static Map<String, Object> json(String kind, KnownVulnerabilities.Listed listed) {
        var m = new LinkedHashMap<String, Object>();
        m.put(kind, listed.subject());
        m.put(
                "matches",
                listed.entries().stream()
                        .map(e -> {
                            var em = VulnerabilitiesCommand.json(e.match());
                            em.put("role", e.role().label());
                            return em;
                        })
                        .toList());
        return m;
    }

    private static Map<String, Object> json(AttackPath p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("entryZones", p.entryZones());
        m.put("chains", p.chains());
        m.put("conduits", p.conduits());
        m.put("unreachable", p.unreachable());
        return m;
    }

    private static Map<String, Object> json(ConduitRisk c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("conduit", c.conduit());
        m.put("scenarios", c.scenarios());
        m.put("slTarget", c.declared() == null ? null : array(c.declared()));
        // null, not zeros: no attack crosses the conduit, so nothing is derived
        m.put("slTargetDerived", c.derived() == null ? null : array(c.derived()));
        m.put("below", c.below().stream().sorted().map(fr -> "FR" + fr.number()).toList());
        m.put("trace", c.trace().stream().map(RiskCommand::json).toList());
        return m;
    }

    private static Map<String, Object> json(SafetyZoneRisk z) {
        var m = new LinkedHashMap<String, Object>();
        m.put("zone", z.zone());
        m.put("sifs", z.sifs().stream().map(RiskCommand::json).toList());
        m.put("scenarios", z.scenarios());
        var independence = new LinkedHashMap<String, Object>();
        independence.put("independent", z.independent());
        independence.put("controlConduits", z.controlConduits());
        independence.put("sharedAssets", z.sharedAssets());
        m.put("independence", independence);
        m.put("countermeasures", z.countermeasures());
        var residual = new LinkedHashMap<String, Object>();
        residual.put("worst", z.worstResidual());
        residual.put("intolerable", z.intolerable());
        m.put("residual", residual);
        m.put(
                "signOffs",
                z.signOffs().stream()
                        .map(a -> {
                            var am = new LinkedHashMap<String, Object>();
                            am.put("approvedBy", a.approvedBy());
                            am.put("role", a.role());
                            am.put("date", a.date().toString());
                            return am;
                        })
                        .toList());
        return m;
    }

    private static Map<String, Object> json(SafetyZoneRisk.Sif f) {
        var m = new LinkedHashMap<String, Object>();
        m.put("hazard", f.hazard());
        m.put("safeguard", f.safeguard());
        m.put("name", f.name());
        m.put("zone", f.zone());
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
        // null, not zeros: no scenario targets the zone, so nothing is derived
        m.put("slTargetDerived", z.derivedFromScenarios() ? array(z.derived()) : null);
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
        m.put("frsAssumed", t.frsAssumed());
        return m;
    }

    private static List<Integer> array(SecurityLevelVector v) {
        return Arrays.stream(v.toArray()).boxed().toList();
    }

    private static void text(PrintWriter out, Plant plant, RiskRegister register, int top, List<Finding> findings) {
        var m = register.matrix();
        out.printf(
                "%s (%s): risk register, %d scenarios, tolerable up to score %d%n",
                plant.info().id(), plant.info().name(), register.scenarios().size(), m.tolerable());
        if (m.isDefault()) {
            out.println("note: the default 5 x 5 matrix is illustrative, not from the standard; calibrate it to the"
                    + " plant's tolerable risk (risk.matrix) before relying on the derived SL-T");
        }
        for (var f : findings) {
            out.printf(
                    "%s %s %s: %s%n",
                    f.severity().toString().toLowerCase(java.util.Locale.ROOT),
                    f.rule(),
                    String.join(", ", f.subjects()),
                    f.message());
        }
        // safety first: the SIS assessment before the register
        sis(out, register);
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
                        r.likelihood(),
                        r.residualLikelihood(),
                        r.inherentScore(),
                        r.residualScore(),
                        r.residualTolerable() ? "tolerable" : "NOT TOLERABLE");
                for (var l : r.limits()) {
                    out.printf(
                            "%-10s consequence limited: %s %d -> %d by %s (not cyber-dependent)%n",
                            "", l.category(), l.from(), l.to(), l.safeguard());
                }
                if (r.raise() != null)
                    out.printf("%-10s raised: %s%n", "", r.raise().describe());
                register.path(s.id()).ifPresent(p -> out.printf("%-10s path: %s%n", "", path(p)));
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
                        m.likelihood().get(r.residualLikelihood() - 1),
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
                    z.derivedFromScenarios() ? braces(z.derived()) : "not derived (no scenario targets it)",
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
        out.printf("%nSL-T per conduit (derived from the attacks whose shortest path crosses it; ZCR 5.6)%n");
        for (var c : register.conduits()) {
            if (c.derived() == null) {
                out.printf(
                        "%nconduit %s   declared %s   not derived (no attack path crosses it)%n",
                        c.conduit(), c.declared() == null ? "(none)" : braces(c.declared()));
                continue;
            }
            out.printf(
                    "%nconduit %s   declared %s   derived %s   %s%n",
                    c.conduit(),
                    c.declared() == null ? "(none)" : braces(c.declared()),
                    braces(c.derived()),
                    c.below().isEmpty()
                            ? "declared meets derived"
                            : "declared BELOW derived in "
                                    + c.below().stream()
                                            .sorted()
                                            .map(FoundationalRequirement::id)
                                            .collect(Collectors.joining(", ")));
            for (var t : c.trace()) {
                if (t.scenario() == null) continue;
                out.printf("  %-5s SL %d  %s%n", t.fr().id(), t.level(), because(t, m));
            }
        }

        if (register.vulnerabilities() != null) vulnerabilities(out, register.vulnerabilities());
        if (!register.intolerable().isEmpty()) {
            out.printf(
                    "%n%d of %d scenarios stay above the tolerable line: %s%n",
                    register.intolerable().size(),
                    register.scenarios().size(),
                    register.intolerable().stream().map(ScenarioRisk::id).collect(Collectors.joining(", ")));
        }
    }

    /** The known vulnerabilities per zone and conduit (ZCR 5.2) and the vendor fixes to consider. */
    private static void vulnerabilities(PrintWriter out, KnownVulnerabilities known) {
        out.printf("%nKnown vulnerabilities per zone and conduit (ZCR 5.2)%n");
        out.printf("  rule: %s%n", RAISE_RULE);
        boolean any = false;
        for (var listed : known.zones()) any |= listed(out, "zone", listed);
        for (var listed : known.conduits()) any |= listed(out, "conduit", listed);
        if (!any) out.printf("  no asset matches an advisory%n");
        if (!known.updates().isEmpty()) {
            out.printf("%nVendor fixes to consider as countermeasures (not in the model until added)%n");
            for (var u : known.updates()) {
                out.printf(
                        "  %-24s %s (%s)%s: %s%n",
                        u.id(),
                        u.asset(),
                        String.join(", ", u.advisories()),
                        u.cvss() == null ? "" : ", CVSS " + u.cvss(),
                        oneLine(u.remediation()));
            }
        }
    }

    private static boolean listed(PrintWriter out, String kind, KnownVulnerabilities.Listed listed) {
        if (listed.entries().isEmpty()) return false;
        out.printf("%n%s %s%n", kind, listed.subject());
        for (var e : listed.entries()) {
            var m = e.match();
            out.printf(
                    "  %-15s %-14s %-16s %-17s %s%s [%s]%s%n",
                    e.role().label(),
                    m.asset(),
                    m.advisory(),
                    m.status().label(),
                    m.cvss() == null ? "" : "CVSS " + m.cvss() + " ",
                    String.join(" ", m.cves()),
                    m.confidence().label(),
                    m.note() == null ? "" : "; " + m.note());
        }
        return true;
    }

    private static String oneLine(String text) {
        var line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }

    /** The SIS security risk assessment of each safety zone (IEC 61511-1 clause 8.2.4). */
    private static void sis(PrintWriter out, RiskRegister register) {
        out.printf("%nSIS security risk assessment per safety zone (IEC 61511-1 8.2.4)%n");
        if (register.safetyZones().isEmpty()) {
            out.println("  no safety zone (kind safety) in the model");
        }
        for (var z : register.safetyZones()) {
            out.printf("%nsafety zone %s%n", z.zone());
            out.printf(
                    "  SIFs: %s%n",
                    z.sifs().isEmpty()
                            ? "none recorded (no sis-trip safeguard runs here)"
                            : z.sifs().stream()
                                    .map(f -> f.safeguard() + " (" + f.hazard() + ")")
                                    .collect(Collectors.joining(", ")));
            out.printf(
                    "  scenarios that reach it: %s%n",
                    z.scenarios().isEmpty() ? "none" : String.join(", ", z.scenarios()));
            out.printf(
                    "  independence from the BPCS: %s%n",
                    z.independent()
                            ? "no conduit to a control zone, no shared asset"
                            : "NOT independent: "
                                    + (z.controlConduits().isEmpty()
                                            ? ""
                                            : "conduits to control zones " + String.join(", ", z.controlConduits()))
                                    + (!z.controlConduits().isEmpty()
                                                    && !z.sharedAssets().isEmpty()
                                            ? "; "
                                            : "")
                                    + (z.sharedAssets().isEmpty()
                                            ? ""
                                            : "assets shared with control zones "
                                                    + String.join(", ", z.sharedAssets())));
            out.printf(
                    "  countermeasures: %s%n",
                    z.countermeasures().isEmpty() ? "none" : String.join(", ", z.countermeasures()));
            out.printf(
                    "  residual risk: %s%n",
                    z.worstResidual() == null
                            ? "no scenario reaches it"
                            : "worst score " + z.worstResidual()
                                    + (z.intolerable().isEmpty()
                                            ? ", tolerable"
                                            : ", NOT TOLERABLE: " + String.join(", ", z.intolerable())));
            out.printf(
                    "  HSE sign-off: %s%n",
                    z.signOffs().isEmpty()
                            ? "NOT SIGNED OFF (risk.sisAssessments)"
                            : z.signOffs().stream()
                                    .map(a -> a.approvedBy() + ", " + a.role() + ", " + a.date())
                                    .collect(Collectors.joining("; ")));
        }
        if (!register.sifsOutsideSafetyZones().isEmpty()) {
            out.printf(
                    "  SIFs outside a safety zone (their independence from the BPCS cannot be shown): %s%n",
                    register.sifsOutsideSafetyZones().stream()
                            .map(f -> f.safeguard() + " in " + f.zone())
                            .collect(Collectors.joining(", ")));
        }
    }

    static String path(AttackPath p) {
        var parts = new ArrayList<String>();
        p.chains()
                .forEach((target, chain) -> parts.add(
                        "to " + target + (chain.isEmpty() ? " directly" : " by " + String.join(" -> ", chain))));
        if (!p.unreachable().isEmpty()) parts.add("UNREACHABLE " + String.join(", ", p.unreachable()));
        var crossed = p.conduits().stream()
                .filter(c -> p.chains().values().stream().noneMatch(chain -> chain.contains(c)))
                .toList();
        if (!crossed.isEmpty()) parts.add("equally short by " + String.join(", ", crossed));
        return String.join("; ", parts);
    }

    private static String because(TargetTrace t, RiskMatrix m) {
        var cell = "cell " + m.consequence().get(t.consequence() - 1) + " x "
                + m.likelihood().get(t.likelihood() - 1) + " -> SL " + t.cellTarget();
        var assumed = t.frsAssumed() ? " [frs not declared: all seven FRs assumed]" : "";
        return t.setBy().equals("capability")
                ? "set by " + t.scenario() + ": threat capability SL " + t.capabilityFloor() + " (" + cell + ")"
                        + assumed
                : "set by " + t.scenario() + ": " + cell
                        + (t.capabilityFloor() > 0 ? ", capability floor SL " + t.capabilityFloor() : "") + assumed;
    }

    static String braces(SecurityLevelVector v) {
        return Arrays.stream(v.toArray()).mapToObj(Integer::toString).collect(Collectors.joining(" ", "{", "}"));
    }

    private static String abbreviate(@Nullable String text, int width) {
        if (text == null) return "";
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }
}
