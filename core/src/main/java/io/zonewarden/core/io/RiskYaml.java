package io.zonewarden.core.io;

import io.zonewarden.core.catalog.Catalog;
import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.model.Ids;
import io.zonewarden.core.model.risk.ConsequenceCategory;
import io.zonewarden.core.model.risk.Consequences;
import io.zonewarden.core.model.risk.Countermeasure;
import io.zonewarden.core.model.risk.FindingMatch;
import io.zonewarden.core.model.risk.Hazard;
import io.zonewarden.core.model.risk.Reduction;
import io.zonewarden.core.model.risk.Risk;
import io.zonewarden.core.model.risk.RiskMatrix;
import io.zonewarden.core.model.risk.Safeguard;
import io.zonewarden.core.model.risk.SafeguardKind;
import io.zonewarden.core.model.risk.SisAssessment;
import io.zonewarden.core.model.risk.ThreatCapability;
import io.zonewarden.core.model.risk.ThreatScenario;
import io.zonewarden.core.model.risk.ZoneRequirements;
import io.zonewarden.core.zoning.ZoningRules;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The {@code risk} section (matrix, hazards, threat scenarios) and the {@code countermeasures} list of a plant model
 * file. Levels may be written as numbers (1 = the lowest) or as the matrix's labels; capabilities as 1..4 or as
 * casual, simple, moderate, extended. Every problem is reported with line and column: unknown keys, ids, zones,
 * conduits, hazards, scenarios and requirements, levels outside the matrix, negative costs, a matrix with missing
 * cells, a cycle among prerequisites.
 */
final class RiskYaml {

    static final Set<String> RISK_KEYS = ordered("matrix", "hazards", "scenarios", "sisAssessments");
    static final Set<String> MATRIX_KEYS = ordered("likelihood", "consequence", "score", "tolerable", "slTarget");
    static final Set<String> HAZARD_KEYS = ordered("id", "description", "consequence", "safeguards");
    static final Set<String> SAFEGUARD_KEYS = ordered("id", "name", "kind", "cyberDependent", "zone", "limits");
    static final Set<String> SIS_ASSESSMENT_KEYS = ordered("zone", "approvedBy", "role", "date");
    static final Set<String> SCENARIO_KEYS = ordered(
            "id",
            "description",
            "source",
            "capability",
            "entry",
            "targets",
            "hazard",
            "consequence",
            "likelihood",
            "existing",
            "residualLikelihood",
            "frs");
    static final Set<String> COUNTERMEASURE_KEYS = ordered(
            "id",
            "name",
            "cost",
            "yearlyCost",
            "effort",
            "requires",
            "satisfies",
            "reduces",
            "description",
            "required",
            "resolves");
    static final Set<String> RESOLVES_KEYS = ordered("rule", "subject");
    static final Set<String> SATISFIES_KEYS = ordered("zone", "requirements");
    static final Set<String> REDUCES_KEYS = ordered("scenario", "likelihood", "consequence");

    private final YamlReading in;
    private final Set<String> zones;
    private final Set<String> conduits;
    private final Set<String> assets;
    private RiskMatrix matrix = RiskMatrix.DEFAULT;

    private RiskYaml(YamlReading in, Set<String> zones, Set<String> conduits, Set<String> assets) {
        this.in = in;
        this.zones = zones;
        this.conduits = conduits;
        this.assets = assets;
    }

    /**
     * Reads both parts; either node may be absent. Returns {@code null} when there was a problem (already recorded).
     */
    static @Nullable Risk read(
            YamlReading in,
            @Nullable Node riskNode,
            @Nullable Node countermeasuresNode,
            Set<String> zones,
            Set<String> conduits,
            Set<String> assets) {
        return new RiskYaml(in, zones, conduits, assets).read(riskNode, countermeasuresNode);
    }

    private @Nullable Risk read(@Nullable Node riskNode, @Nullable Node countermeasuresNode) {
        int before = in.problems().size();
        var hazards = new ArrayList<Hazard>();
        var scenarios = new ArrayList<ThreatScenario>();
        var hazardNodes = new LinkedHashMap<String, Node>();
        var scenarioNodes = new LinkedHashMap<String, Node>();
        var sisAssessments = new ArrayList<SisAssessment>();
        if (riskNode != null) {
            var f = in.mapping(
                    riskNode, "risk", "the risk section (matrix, hazards, scenarios, sisAssessments)", RISK_KEYS);
            if (f != null) {
                var matrixNode = f.get("matrix");
                if (matrixNode != null) {
                    var read = matrix(matrixNode);
                    if (read == null) return null; // levels cannot be checked against a broken matrix
                    matrix = read;
                }
                each(f, "hazards", "hazards", (node, path) -> {
                    var h = hazard(node, path, hazardNodes);
                    if (h != null) hazards.add(h);
                });
                each(f, "scenarios", "threat scenarios", (node, path) -> {
                    var s = scenario(node, path, hazardNodes.keySet(), scenarioNodes);
                    if (s != null) scenarios.add(s);
                });
                each(f, "sisAssessments", "SIS security risk assessment sign-offs", (node, path) -> {
                    var a = sisAssessment(node, path);
                    if (a != null) sisAssessments.add(a);
                });
            }
        }
        var countermeasures = new ArrayList<Countermeasure>();
        var cmNodes = new LinkedHashMap<String, YamlReading.Fields>();
        if (countermeasuresNode != null) {
            var items = in.sequence(countermeasuresNode, "countermeasures", "countermeasures");
            if (items != null) {
                for (int i = 0; i < items.size(); i++) {
                    var cm =
                            countermeasure(items.get(i), "countermeasures[" + i + "]", scenarioNodes.keySet(), cmNodes);
                    if (cm != null) countermeasures.add(cm);
                }
            }
            for (var cm : countermeasures) {
                var f = cmNodes.get(cm.id());
                for (var r : cm.requires()) {
                    if (!cmNodes.containsKey(r)) {
                        in.problem(
                                scalarIn(f, "requires", r),
                                f == null ? "countermeasures" : f.path("requires"),
                                "unknown countermeasure '" + r + "'" + DidYouMean.hint(r, cmNodes.keySet()));
                    }
                }
            }
            if (in.problems().size() == before) {
                var cycle = Risk.prerequisiteCycle(countermeasures);
                if (!cycle.isEmpty()) {
                    var f = cmNodes.get(cycle.get(0));
                    in.problem(
                            f == null ? countermeasuresNode : f.get("requires"),
                            f == null ? "countermeasures" : f.path("requires"),
                            "prerequisites form a cycle: " + String.join(" -> ", cycle)
                                    + "; a countermeasure cannot (indirectly) require itself");
                }
            }
        }
        if (in.problems().size() != before) return null;
        return build(
                riskNode != null ? riskNode : countermeasuresNode,
                "risk",
                () -> new Risk(matrix, hazards, scenarios, countermeasures, sisAssessments));
    }

    /** The HSE sign-off of a safety zone's SIS security risk assessment (IEC 61511-1 clause 8.2.4). */
    private @Nullable SisAssessment sisAssessment(Node node, String path) {
        var f = in.mapping(
                node, path, "an SIS assessment sign-off (zone, approvedBy, role, date)", SIS_ASSESSMENT_KEYS);
        if (f == null) return null;
        var zoneNode = in.required(f, "zone", "the safety zone whose SIS security risk assessment was signed off");
        var byNode = in.required(f, "approvedBy", "the person in HSE who signed it off");
        var roleNode = in.required(f, "role", "their role, e.g. process safety manager");
        var dateNode = in.required(f, "date", "the day of the sign-off, year-month-day");
        var zone = zoneNode == null ? null : in.string(f, "zone");
        if (zone != null && !zones.contains(zone)) {
            in.problem(zoneNode, f.path("zone"), "unknown zone '" + zone + "'" + DidYouMean.hint(zone, zones));
            zone = null;
        }
        var by = byNode == null ? null : in.string(f, "approvedBy");
        var role = roleNode == null ? null : in.string(f, "role");
        LocalDate date = null;
        var dateText = dateNode == null ? null : in.string(f, "date");
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                in.problem(dateNode, f.path("date"), "expected a date year-month-day, found '" + dateText + "'");
            }
        }
        if (zone == null || by == null || role == null || date == null) return null;
        var z = zone;
        var d = date;
        return build(f.node(), path, () -> new SisAssessment(z, by, role, d));
    }

    private interface Each {
        void read(Node node, String path);
    }

    private void each(YamlReading.Fields f, String key, String what, Each each) {
        var node = f.get(key);
        if (node == null) return;
        var items = in.sequence(node, f.path(key), what);
        if (items == null) return;
        for (int i = 0; i < items.size(); i++) each.read(items.get(i), f.path(key) + "[" + i + "]");
    }

    // Matrix --------------------------------------------------------------------------------------------------

    private @Nullable RiskMatrix matrix(Node node) {
        var f = in.mapping(node, "risk.matrix", "a risk matrix", MATRIX_KEYS);
        if (f == null) return null;
        int before = in.problems().size();
        var likelihoodNode = in.required(f, "likelihood", "the likelihood level labels, lowest first");
        var consequenceNode = in.required(f, "consequence", "the consequence level labels, mildest first");
        var scoreNode = in.required(f, "score", "the risk score per cell: one row per consequence level");
        var tolerableNode = in.required(f, "tolerable", "the highest score that is tolerable");
        var likelihood = likelihoodNode == null ? null : labels(likelihoodNode, f.path("likelihood"));
        var consequence = consequenceNode == null ? null : labels(consequenceNode, f.path("consequence"));
        Integer tolerable = tolerableNode == null ? null : in.integer(f, "tolerable", 0, Integer.MAX_VALUE);
        if (likelihood == null || consequence == null || in.problems().size() != before) return null;
        var score = grid(scoreNode, f.path("score"), consequence.size(), likelihood.size(), Integer.MAX_VALUE);
        List<List<Integer>> slTarget;
        var slNode = f.get("slTarget");
        if (slNode != null) {
            slTarget = grid(slNode, f.path("slTarget"), consequence.size(), likelihood.size(), 4);
        } else if (consequence.size() == 5 && likelihood.size() == 5) {
            slTarget = RiskMatrix.DEFAULT.slTarget();
        } else {
            in.problem(
                    f.node(),
                    f.path("slTarget"),
                    "missing 'slTarget': the SL-T (0-4) of each cell; the default mapping exists only for a 5 x 5"
                            + " matrix");
            slTarget = null;
        }
        if (score == null || slTarget == null || tolerable == null) return null;
        var scores = score;
        var targets = slTarget;
        int line = tolerable;
        return build(f.node(), "risk.matrix", () -> new RiskMatrix(likelihood, consequence, scores, line, targets));
    }

    private @Nullable List<String> labels(Node node, String path) {
        var scalars = in.scalars(node, path, "level labels");
        if (scalars == null) return null;
        var labels = new ArrayList<String>();
        for (var s : scalars) {
            if (labels.contains(s.getValue())) {
                in.problem(s, path, "label '" + s.getValue() + "' is given twice");
                return null;
            }
            labels.add(s.getValue());
        }
        if (labels.isEmpty()) {
            in.problem(node, path, "expected at least one level label");
            return null;
        }
        return labels;
    }

    private @Nullable List<List<Integer>> grid(@Nullable Node node, String path, int rows, int columns, int max) {
        if (node == null) return null;
        var items = in.sequence(node, path, "rows (one per consequence level, mildest first)");
        if (items == null) return null;
        if (items.size() != rows) {
            in.problem(
                    node,
                    path,
                    "expected " + rows + " rows (one per consequence level), found " + items.size()
                            + "; every cell of the matrix needs a value");
            return null;
        }
        var grid = new ArrayList<List<Integer>>();
        boolean ok = true;
        for (int r = 0; r < rows; r++) {
            var rowPath = path + "[" + r + "]";
            var cells = in.sequence(items.get(r), rowPath, "cells (one per likelihood level)");
            if (cells == null) {
                ok = false;
                continue;
            }
            if (cells.size() != columns) {
                in.problem(
                        items.get(r),
                        rowPath,
                        "expected " + columns + " cells (one per likelihood level), found " + cells.size()
                                + "; every cell of the matrix needs a value");
                ok = false;
                continue;
            }
            var row = new ArrayList<Integer>();
            for (int c = 0; c < columns; c++) {
                var v = number(cells.get(c), rowPath + "[" + c + "]", 0, max);
                if (v == null) {
                    ok = false;
                } else {
                    row.add((int) (long) v);
                }
            }
            grid.add(row);
        }
        return ok ? grid : null;
    }

    // Hazards -------------------------------------------------------------------------------------------------

    private @Nullable Hazard hazard(Node node, String path, Map<String, Node> defined) {
        var f = in.mapping(node, path, "a hazard", HAZARD_KEYS);
        if (f == null) return null;
        var id = id(f, "hazard", defined);
        var consequenceNode = in.required(f, "consequence", "the worst consequence per category, e.g. {safety: 5}");
        var consequence = consequenceNode == null ? null : consequences(consequenceNode, f.path("consequence"));
        var safeguards = new ArrayList<Safeguard>();
        var safeguardsNode = f.get("safeguards");
        if (safeguardsNode != null) {
            var items = in.sequence(safeguardsNode, f.path("safeguards"), "safeguards");
            if (items != null) {
                var seen = new HashMap<String, Node>();
                for (int i = 0; i < items.size(); i++) {
                    var s = safeguard(items.get(i), f.path("safeguards") + "[" + i + "]", seen);
                    if (s != null) safeguards.add(s);
                }
            }
        }
        if (id == null || consequence == null) return null;
        var description = in.string(f, "description");
        return build(f.node(), path, () -> new Hazard(id, description, consequence, safeguards));
    }

    private @Nullable Safeguard safeguard(Node node, String path, Map<String, Node> defined) {
        var f = in.mapping(node, path, "a safeguard", SAFEGUARD_KEYS);
        if (f == null) return null;
        var id = id(f, "safeguard", defined);
        SafeguardKind kind = null;
        var kindText = in.string(f, "kind");
        if (kindText != null) {
            kind = SafeguardKind.ofLabel(kindText).orElse(null);
            if (kind == null) {
                in.problem(
                        f.get("kind"),
                        f.path("kind"),
                        "unknown safeguard kind '" + kindText + "'" + DidYouMean.hint(kindText, SafeguardKind.labels())
                                + "; known: " + String.join(", ", SafeguardKind.labels()));
            }
        }
        boolean cyber = in.bool(f, "cyberDependent");
        var zone = in.string(f, "zone");
        if (zone != null && !zones.contains(zone)) {
            in.problem(f.get("zone"), f.path("zone"), "unknown zone '" + zone + "'" + DidYouMean.hint(zone, zones));
            return null;
        }
        Consequences limits = Consequences.NONE;
        var limitsNode = f.get("limits");
        if (limitsNode != null) {
            limits = consequences(limitsNode, f.path("limits"));
            if (limits == null) return null;
            if (cyber) {
                in.problem(
                        limitsNode,
                        f.path("limits"),
                        "a cyber-dependent safeguard cannot limit a consequence: an attacker who reaches its zone can"
                                + " disable it; only a safeguard with cyberDependent: false (a bund, a relief"
                                + " valve) may have limits");
                return null;
            }
        }
        if (id == null || (kindText != null && kind == null)) return null;
        var name = in.string(f, "name");
        var k = kind;
        var l = limits;
        return build(f.node(), path, () -> new Safeguard(id, name == null ? id : name, k, cyber, zone, l));
    }

    private @Nullable Consequences consequences(Node node, String path) {
        if (!(node instanceof MappingNode mapping)) {
            in.problem(
                    node,
                    path,
                    "expected a consequence per category (e.g. {safety: 5, production: 3}), found "
                            + YamlReading.describe(node));
            return null;
        }
        var levels = new EnumMap<ConsequenceCategory, Integer>(ConsequenceCategory.class);
        boolean ok = true;
        for (var tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                in.problem(tuple.getKeyNode(), path, "expected a consequence category");
                ok = false;
                continue;
            }
            var category = ConsequenceCategory.ofLabel(key.getValue());
            if (category.isEmpty()) {
                in.problem(
                        key,
                        path,
                        "unknown consequence category '" + key.getValue() + "'"
                                + DidYouMean.hint(key.getValue(), ConsequenceCategory.labels()) + "; known: "
                                + String.join(", ", ConsequenceCategory.labels()));
                ok = false;
                continue;
            }
            if (levels.containsKey(category.get())) {
                in.problem(key, path, "category '" + key.getValue() + "' is given twice");
                ok = false;
                continue;
            }
            var level = level(tuple.getValueNode(), path + "." + key.getValue(), matrix.consequence(), "consequence");
            if (level == null) {
                ok = false;
            } else {
                levels.put(category.get(), level);
            }
        }
        if (ok && levels.isEmpty()) {
            in.problem(node, path, "expected a consequence in at least one category");
            return null;
        }
        return ok ? new Consequences(levels) : null;
    }

    /** A level as a number 1..n or one of the matrix's labels. */
    private @Nullable Integer level(Node node, String path, List<String> labels, String axis) {
        if (node instanceof ScalarNode s && !YamlReading.isNull(s)) {
            int index = labels.indexOf(s.getValue());
            if (index >= 0) return index + 1;
            if (s.getTag().equals(Tag.INT)) {
                try {
                    int v = Integer.parseInt(s.getValue());
                    if (v >= 1 && v <= labels.size()) return v;
                } catch (NumberFormatException e) {
                    // beyond an int: reported as off the matrix below
                }
            }
        }
        in.problem(
                node,
                path,
                "expected a " + axis + " level 1.." + labels.size() + " or one of " + String.join(", ", labels)
                        + ", found " + YamlReading.describe(node));
        return null;
    }

    // Scenarios -----------------------------------------------------------------------------------------------

    private @Nullable ThreatScenario scenario(Node node, String path, Set<String> hazards, Map<String, Node> defined) {
        var f = in.mapping(node, path, "a threat scenario", SCENARIO_KEYS);
        if (f == null) return null;
        int before = in.problems().size();
        var id = id(f, "scenario", defined);
        var sourceNode = in.required(f, "source", "the threat source, e.g. ransomware crew, disgruntled insider");
        var capabilityNode = in.required(
                f, "capability", "1..4 or " + String.join(", ", ThreatCapability.labels()) + " (the SL it calls for)");
        var entryNode = in.required(f, "entry", "the conduit, zone or access point (asset) the attack enters by");
        var targetsNode = in.required(f, "targets", "the zones the attack aims at");
        var likelihoodNode = in.required(f, "likelihood", "the unmitigated likelihood level");
        ThreatCapability capability = capabilityNode == null ? null : capability(capabilityNode, f.path("capability"));
        var entry = in.string(f, "entry");
        if (entryNode != null
                && entry != null
                && !zones.contains(entry)
                && !conduits.contains(entry)
                && !assets.contains(entry)) {
            var known = new LinkedHashSet<String>(zones);
            known.addAll(conduits);
            known.addAll(assets);
            in.problem(
                    entryNode,
                    f.path("entry"),
                    "unknown entry point '" + entry + "'" + DidYouMean.hint(entry, known)
                            + " (expected a conduit, zone or asset id)");
        }
        var targets = new ArrayList<String>();
        if (targetsNode != null) {
            var scalars = in.scalars(targetsNode, f.path("targets"), "zone ids");
            if (scalars != null) {
                for (var s : scalars) {
                    if (!zones.contains(s.getValue())) {
                        in.problem(
                                s,
                                f.path("targets"),
                                "unknown zone '" + s.getValue() + "'" + DidYouMean.hint(s.getValue(), zones));
                    } else if (targets.contains(s.getValue())) {
                        in.problem(s, f.path("targets"), "'" + s.getValue() + "' is listed twice");
                    } else {
                        targets.add(s.getValue());
                    }
                }
            }
        }
        var hazard = in.string(f, "hazard");
        if (hazard != null && !hazards.contains(hazard)) {
            in.problem(
                    f.get("hazard"),
                    f.path("hazard"),
                    "unknown hazard '" + hazard + "'" + DidYouMean.hint(hazard, hazards)
                            + " (hazards are defined before the scenarios that name them)");
        }
        var consequenceNode = f.get("consequence");
        var consequence =
                consequenceNode == null ? Consequences.NONE : consequences(consequenceNode, f.path("consequence"));
        if (hazard == null && consequenceNode == null) {
            in.problem(
                    f.node(),
                    path,
                    "missing 'hazard' or 'consequence': the process hazard the scenario causes, or its consequence"
                            + " per category");
        }
        var likelihood = likelihoodNode == null
                ? null
                : level(likelihoodNode, f.path("likelihood"), matrix.likelihood(), "likelihood");
        var residualNode = f.get("residualLikelihood");
        var residual = residualNode == null
                ? null
                : level(residualNode, f.path("residualLikelihood"), matrix.likelihood(), "likelihood");
        if (residual != null && likelihood != null && residual > likelihood) {
            in.problem(
                    residualNode,
                    f.path("residualLikelihood"),
                    "the likelihood after existing countermeasures (" + residual + ") is above the unmitigated one ("
                            + likelihood + ")");
        }
        var existing = new ArrayList<String>();
        var existingNode = f.get("existing");
        if (existingNode != null) {
            var scalars = in.scalars(existingNode, f.path("existing"), "countermeasures in place");
            if (scalars != null) scalars.forEach(s -> existing.add(s.getValue()));
        }
        var frs = EnumSet.noneOf(FoundationalRequirement.class);
        var frsNode = f.get("frs");
        if (frsNode != null) {
            var scalars = in.scalars(frsNode, f.path("frs"), "foundational requirements");
            if (scalars != null && scalars.isEmpty()) {
                in.problem(
                        frsNode,
                        f.path("frs"),
                        "expected at least one foundational requirement the scenario threatens, e.g. [FR 1, FR 3]");
            }
            if (scalars != null) {
                for (var s : scalars) {
                    var fr = fr(s.getValue());
                    if (fr == null) {
                        in.problem(
                                s,
                                f.path("frs"),
                                "unknown foundational requirement '" + s.getValue()
                                        + "' (expected FR 1..FR 7 or IAC, UC, SI, DC, RDF, TRE, RA)");
                    } else {
                        frs.add(fr);
                    }
                }
            }
        }
        var source = in.string(f, "source");
        if (in.problems().size() != before
                || id == null
                || source == null
                || capability == null
                || entry == null
                || likelihood == null
                || consequence == null) return null;
        var description = in.string(f, "description");
        var c = consequence;
        int l = likelihood;
        boolean declared = frsNode != null;
        return build(
                f.node(),
                path,
                () -> new ThreatScenario(
                        id,
                        description,
                        source,
                        capability,
                        entry,
                        targets,
                        hazard,
                        c,
                        l,
                        existing,
                        residual,
                        frs,
                        declared));
    }

    private @Nullable ThreatCapability capability(Node node, String path) {
        if (node instanceof ScalarNode s) {
            var byLabel = ThreatCapability.ofLabel(s.getValue().toLowerCase(Locale.ROOT));
            if (byLabel.isPresent()) return byLabel.get();
            if (s.getTag().equals(Tag.INT)) {
                var v = number(s, path, 1, 4);
                return v == null ? null : ThreatCapability.ofLevel((int) (long) v);
            }
        }
        in.problem(
                node,
                path,
                "expected a threat capability 1..4 or " + String.join(", ", ThreatCapability.labels()) + ", found "
                        + YamlReading.describe(node));
        return null;
    }

    static @Nullable FoundationalRequirement fr(String text) {
        var t = text.replace(" ", "").toUpperCase(Locale.ROOT);
        for (var fr : FoundationalRequirement.values()) {
            if (t.equals("FR" + fr.number()) || t.equals(fr.name())) return fr;
        }
        return null;
    }

    // Countermeasures -----------------------------------------------------------------------------------------

    private @Nullable Countermeasure countermeasure(
            Node node, String path, Set<String> scenarios, Map<String, YamlReading.Fields> defined) {
        var f = in.mapping(node, path, "a countermeasure", COUNTERMEASURE_KEYS);
        if (f == null) return null;
        int before = in.problems().size();
        var id = in.required(f, "id", "every countermeasure needs an id") == null ? null : in.string(f, "id");
        if (id != null && !Ids.isValid(id)) {
            in.problem(f.get("id"), f.path("id"), "countermeasure id '" + id + "' is not " + Ids.EXPECTED);
            id = null;
        }
        if (id != null) {
            var previous = defined.putIfAbsent(id, f);
            if (previous != null) {
                in.problem(
                        f.get("id"),
                        f.path("id"),
                        "duplicate countermeasure id '" + id + "' (first defined on line "
                                + YamlReading.line(previous.node()) + ")");
            }
        }
        Long cost = f.get("cost") == null ? Long.valueOf(0) : number(f.get("cost"), f.path("cost"), 0, Long.MAX_VALUE);
        Long yearly = f.get("yearlyCost") == null
                ? Long.valueOf(0)
                : number(f.get("yearlyCost"), f.path("yearlyCost"), 0, Long.MAX_VALUE);
        Long effort = f.get("effort") == null ? null : number(f.get("effort"), f.path("effort"), 0, Integer.MAX_VALUE);
        var requires = new ArrayList<String>();
        var requiresNode = f.get("requires");
        if (requiresNode != null) {
            var scalars = in.scalars(requiresNode, f.path("requires"), "countermeasure ids");
            if (scalars != null) {
                for (var s : scalars) {
                    if (s.getValue().equals(id)) {
                        in.problem(s, f.path("requires"), "countermeasure " + id + " requires itself");
                    } else if (requires.contains(s.getValue())) {
                        in.problem(s, f.path("requires"), "'" + s.getValue() + "' is listed twice");
                    } else {
                        requires.add(s.getValue());
                    }
                }
            }
        }
        var satisfies = new ArrayList<ZoneRequirements>();
        var satisfiesNode = f.get("satisfies");
        if (satisfiesNode != null) {
            var items = in.sequence(satisfiesNode, f.path("satisfies"), "zones with the requirements satisfied there");
            if (items != null) {
                for (int i = 0; i < items.size(); i++) {
                    var z = satisfies(items.get(i), f.path("satisfies") + "[" + i + "]");
                    if (z != null) satisfies.add(z);
                }
            }
        }
        var reduces = new ArrayList<Reduction>();
        var reducesNode = f.get("reduces");
        if (reducesNode != null) {
            var items = in.sequence(reducesNode, f.path("reduces"), "scenario reductions");
            if (items != null) {
                var seen = new LinkedHashSet<String>();
                for (int i = 0; i < items.size(); i++) {
                    var r = reduction(items.get(i), f.path("reduces") + "[" + i + "]", scenarios, seen);
                    if (r != null) reduces.add(r);
                }
            }
        }
        boolean required = in.bool(f, "required");
        var resolves = new ArrayList<FindingMatch>();
        var resolvesNode = f.get("resolves");
        if (resolvesNode != null) {
            var items =
                    in.sequence(resolvesNode, f.path("resolves"), "findings resolved (rule ids or {rule, subject})");
            if (items != null) {
                for (int i = 0; i < items.size(); i++) {
                    var r = resolution(items.get(i), f.path("resolves") + "[" + i + "]");
                    if (r != null) resolves.add(r);
                }
            }
        }
        var name = in.string(f, "name");
        if (in.problems().size() != before || id == null || cost == null || yearly == null) return null;
        var cmId = id;
        long c = cost;
        long y = yearly;
        Integer e = effort == null ? null : (int) (long) effort;
        var description = in.string(f, "description");
        return build(
                f.node(),
                path,
                () -> new Countermeasure(
                        cmId,
                        name == null ? cmId : name,
                        c,
                        y,
                        e,
                        requires,
                        satisfies,
                        reduces,
                        description,
                        required,
                        resolves));
    }

    /** A finding a countermeasure resolves: a rule id ({@code ZCR-3.3}) or {@code {rule: ZCR-3.3, subject: id}}. */
    private @Nullable FindingMatch resolution(Node node, String path) {
        var rules = ZoningRules.ALL.stream().map(r -> r.id()).toList();
        Node ruleNode;
        String rule;
        String subject = null;
        if (node instanceof ScalarNode s && !YamlReading.isNull(s)) {
            ruleNode = s;
            rule = s.getValue();
        } else {
            var f = in.mapping(node, path, "a rule id or {rule, subject}", RESOLVES_KEYS);
            if (f == null) return null;
            ruleNode = in.required(f, "rule", "the id of the rule whose findings it resolves, e.g. ZCR-3.3");
            if (ruleNode == null) return null;
            rule = in.string(f, "rule");
            if (f.get("subject") != null) {
                subject = in.string(f, "subject");
                if (subject == null) return null;
                if (!zones.contains(subject) && !conduits.contains(subject) && !assets.contains(subject)) {
                    in.problem(
                            f.get("subject"),
                            f.path("subject"),
                            "unknown subject '" + subject + "': expected the id of an asset, zone or conduit"
                                    + DidYouMean.hint(subject, union(zones, conduits, assets)));
                    return null;
                }
            }
            path = f.path("rule");
        }
        if (rule == null) return null;
        if (!rules.contains(rule)) {
            in.problem(
                    ruleNode,
                    path,
                    "unknown rule '" + rule + "': expected a rule id of validate, e.g. ZCR-3.3"
                            + DidYouMean.hint(rule, rules));
            return null;
        }
        var r = rule;
        var sub = subject;
        return build(node, path, () -> new FindingMatch(r, sub));
    }

    private static Set<String> union(Set<String> a, Set<String> b, Set<String> c) {
        var all = new LinkedHashSet<String>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    private @Nullable ZoneRequirements satisfies(Node node, String path) {
        var f = in.mapping(node, path, "the requirements satisfied in a zone", SATISFIES_KEYS);
        if (f == null) return null;
        var zoneNode = in.required(f, "zone", "the zone where the requirements are satisfied");
        var zone = zoneNode == null ? null : in.string(f, "zone");
        if (zone != null && !zones.contains(zone)) {
            in.problem(zoneNode, f.path("zone"), "unknown zone '" + zone + "'" + DidYouMean.hint(zone, zones));
            zone = null;
        }
        var ids = new ArrayList<String>();
        var requirementsNode = in.required(f, "requirements", "IEC 62443-3-3 SR or RE ids, e.g. [SR 1.1, SR 1.13]");
        if (requirementsNode != null) {
            var scalars = in.scalars(requirementsNode, f.path("requirements"), "requirement ids");
            if (scalars != null) {
                for (var s : scalars) {
                    var requirement = Catalog.standard().systemRequirement(s.getValue());
                    if (requirement.isEmpty()) {
                        in.problem(
                                s,
                                f.path("requirements"),
                                "unknown IEC 62443-3-3 requirement '" + s.getValue()
                                        + "' (expected an id such as SR 1.1 or SR 1.1 RE 1)");
                    } else if (!ids.contains(requirement.get().id())) {
                        ids.add(requirement.get().id());
                    }
                }
            }
        }
        if (zone == null || requirementsNode == null) return null;
        return new ZoneRequirements(zone, ids);
    }

    private @Nullable Reduction reduction(Node node, String path, Set<String> scenarios, Set<String> seen) {
        var f = in.mapping(node, path, "a reduction (scenario and likelihood or consequence levels)", REDUCES_KEYS);
        if (f == null) return null;
        var scenarioNode = in.required(f, "scenario", "the scenario it lowers");
        var scenario = scenarioNode == null ? null : in.string(f, "scenario");
        if (scenario != null && !scenarios.contains(scenario)) {
            in.problem(
                    scenarioNode,
                    f.path("scenario"),
                    "unknown scenario '" + scenario + "'" + DidYouMean.hint(scenario, scenarios));
            return null;
        }
        if (scenario != null && !seen.add(scenario)) {
            in.problem(scenarioNode, f.path("scenario"), "scenario '" + scenario + "' is reduced twice");
            return null;
        }
        Long likelihood = f.get("likelihood") == null
                ? Long.valueOf(0)
                : number(f.get("likelihood"), f.path("likelihood"), 0, matrix.likelihoodLevels() - 1);
        Long consequence = f.get("consequence") == null
                ? Long.valueOf(0)
                : number(f.get("consequence"), f.path("consequence"), 0, matrix.consequenceLevels() - 1);
        if (scenario == null || likelihood == null || consequence == null) return null;
        int l = (int) (long) likelihood;
        int c = (int) (long) consequence;
        return build(f.node(), path, () -> new Reduction(scenario, l, c));
    }

    // Shared --------------------------------------------------------------------------------------------------

    private @Nullable String id(YamlReading.Fields f, String of, Map<String, Node> defined) {
        var node = in.required(f, "id", "every " + of + " needs an id");
        if (node == null) return null;
        var id = in.string(f, "id");
        if (id == null) return null;
        if (!Ids.isValid(id)) {
            in.problem(node, f.path("id"), of + " id '" + id + "' is not " + Ids.EXPECTED);
            return null;
        }
        var previous = defined.putIfAbsent(id, node);
        if (previous != null) {
            in.problem(
                    node,
                    f.path("id"),
                    "duplicate " + of + " id '" + id + "' (first defined on line " + YamlReading.line(previous) + ")");
            return null;
        }
        return id;
    }

    /** A whole number in {@code min..max}; money and levels alike. */
    private @Nullable Long number(@Nullable Node node, String path, long min, long max) {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                long v = Long.parseLong(s.getValue().replace("_", ""));
                if (v >= min && v <= max) return v;
                if (v < 0 && min >= 0) {
                    in.problem(node, path, "expected a number of at least " + min + ", found negative " + v);
                    return null;
                }
            } catch (NumberFormatException e) {
                // beyond a long: reported as out of range below
            }
        }
        in.problem(
                node,
                path,
                "expected a whole number " + min + (max == Long.MAX_VALUE ? " or more" : ".." + max) + ", found "
                        + (node == null ? "nothing" : YamlReading.describe(node)));
        return null;
    }

    private <T> @Nullable T build(@Nullable Node node, String path, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | ArithmeticException e) {
            in.problem(node, path, e.getMessage());
            return null;
        }
    }

    private static @Nullable Node scalarIn(YamlReading.@Nullable Fields f, String key, String value) {
        if (f == null) return null;
        var node = f.get(key);
        if (node instanceof org.snakeyaml.engine.v2.nodes.SequenceNode sequence) {
            for (var item : sequence.getValue()) {
                if (item instanceof ScalarNode s && s.getValue().equals(value)) return s;
            }
        }
        return node;
    }

    // Writing -------------------------------------------------------------------------------------------------

    /** The {@code risk} section, or {@code null} when there is nothing to write. */
    static @Nullable Map<String, Object> writeRisk(Risk risk) {
        var section = new LinkedHashMap<String, Object>();
        var m = risk.matrix();
        if (!m.isDefault()) {
            var matrix = new LinkedHashMap<String, Object>();
            matrix.put("likelihood", new PlantYamlWriter.FlowList(m.likelihood()));
            matrix.put("consequence", new PlantYamlWriter.FlowList(m.consequence()));
            matrix.put("score", rows(m.score()));
            matrix.put("tolerable", m.tolerable());
            matrix.put("slTarget", rows(m.slTarget()));
            section.put("matrix", matrix);
        }
        if (!risk.hazards().isEmpty()) {
            var hazards = new ArrayList<Object>();
            for (var h : risk.hazards()) {
                var hm = new LinkedHashMap<String, Object>();
                hm.put("id", h.id());
                if (h.description() != null) hm.put("description", h.description());
                hm.put("consequence", consequences(h.consequence()));
                if (!h.safeguards().isEmpty()) {
                    var list = new ArrayList<Object>();
                    for (var s : h.safeguards()) {
                        var sm = new PlantYamlWriter.FlowMap();
                        sm.put("id", s.id());
                        if (!s.name().equals(s.id())) sm.put("name", s.name());
                        if (s.kind() != null) sm.put("kind", s.kind().label());
                        if (s.cyberDependent()) sm.put("cyberDependent", true);
                        if (s.zone() != null) sm.put("zone", s.zone());
                        if (!s.limits().isEmpty()) sm.put("limits", consequences(s.limits()));
                        list.add(sm);
                    }
                    hm.put("safeguards", list);
                }
                hazards.add(hm);
            }
            section.put("hazards", hazards);
        }
        if (!risk.scenarios().isEmpty()) {
            var scenarios = new ArrayList<Object>();
            for (var s : risk.scenarios()) {
                var sm = new PlantYamlWriter.FlowMap();
                sm.put("id", s.id());
                if (s.description() != null) sm.put("description", s.description());
                sm.put("source", s.source());
                sm.put("capability", s.capability().securityLevel());
                sm.put("entry", s.entry());
                sm.put("targets", new PlantYamlWriter.FlowList(s.targets()));
                if (s.hazard() != null) sm.put("hazard", s.hazard());
                if (!s.consequence().isEmpty()) sm.put("consequence", consequences(s.consequence()));
                sm.put("likelihood", s.likelihood());
                if (!s.existing().isEmpty()) sm.put("existing", new PlantYamlWriter.FlowList(s.existing()));
                if (s.residualLikelihood() != null) sm.put("residualLikelihood", s.residualLikelihood());
                if (s.frsDeclared()) {
                    sm.put(
                            "frs",
                            new PlantYamlWriter.FlowList(EnumSet.copyOf(s.frs()).stream()
                                    .map(FoundationalRequirement::id)
                                    .toList()));
                }
                scenarios.add(sm);
            }
            section.put("scenarios", scenarios);
        }
        if (!risk.sisAssessments().isEmpty()) {
            var list = new ArrayList<Object>();
            for (var a : risk.sisAssessments()) {
                var am = new PlantYamlWriter.FlowMap();
                am.put("zone", a.zone());
                am.put("approvedBy", a.approvedBy());
                am.put("role", a.role());
                am.put("date", a.date().toString());
                list.add(am);
            }
            section.put("sisAssessments", list);
        }
        return section.isEmpty() ? null : section;
    }

    static List<Object> writeCountermeasures(Risk risk) {
        var list = new ArrayList<Object>();
        for (var cm : risk.countermeasures()) {
            var m = new PlantYamlWriter.FlowMap();
            m.put("id", cm.id());
            if (!cm.name().equals(cm.id())) m.put("name", cm.name());
            m.put("cost", cm.cost());
            if (cm.yearlyCost() != 0) m.put("yearlyCost", cm.yearlyCost());
            if (cm.effort() != null) m.put("effort", cm.effort());
            if (!cm.requires().isEmpty()) m.put("requires", new PlantYamlWriter.FlowList(cm.requires()));
            if (!cm.satisfies().isEmpty()) {
                var sat = new ArrayList<Object>();
                for (var z : cm.satisfies()) {
                    var zm = new PlantYamlWriter.FlowMap();
                    zm.put("zone", z.zone());
                    zm.put("requirements", new PlantYamlWriter.FlowList(z.requirements()));
                    sat.add(zm);
                }
                m.put("satisfies", sat);
            }
            if (!cm.reduces().isEmpty()) {
                var red = new ArrayList<Object>();
                for (var r : cm.reduces()) {
                    var rm = new PlantYamlWriter.FlowMap();
                    rm.put("scenario", r.scenario());
                    if (r.likelihood() != 0) rm.put("likelihood", r.likelihood());
                    if (r.consequence() != 0) rm.put("consequence", r.consequence());
                    red.add(rm);
                }
                m.put("reduces", red);
            }
            if (cm.description() != null) m.put("description", cm.description());
            if (cm.required()) m.put("required", true);
            if (!cm.resolves().isEmpty()) {
                var res = new ArrayList<Object>();
                for (var r : cm.resolves()) {
                    if (r.subject() == null) {
                        res.add(r.rule());
                    } else {
                        var rm = new PlantYamlWriter.FlowMap();
                        rm.put("rule", r.rule());
                        rm.put("subject", r.subject());
                        res.add(rm);
                    }
                }
                m.put("resolves", new PlantYamlWriter.FlowList(res));
            }
            list.add(m);
        }
        return list;
    }

    private static Map<String, Object> consequences(Consequences c) {
        var m = new PlantYamlWriter.FlowMap();
        c.levels().forEach((category, level) -> m.put(category.label(), level));
        return m;
    }

    private static List<Object> rows(List<List<Integer>> grid) {
        var rows = new ArrayList<Object>();
        for (var row : grid) rows.add(new PlantYamlWriter.FlowList(row));
        return rows;
    }

    private static Set<String> ordered(String... keys) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
    }
}
