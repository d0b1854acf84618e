package io.zonewarden.core.model.risk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plant's risk assessment (IEC 62443-3-2 ZCR 2 and ZCR 5) and the countermeasures a roadmap chooses from.
 *
 * <p>It checks its own consistency, so that nothing is computed on half a model: unique ids, levels inside the
 * matrix, scenarios naming known hazards, reductions naming known scenarios, prerequisites naming known
 * countermeasures and free of cycles. References to zones, conduits and assets are the plant's to check.
 */
public record Risk(
        RiskMatrix matrix,
        List<Hazard> hazards,
        List<ThreatScenario> scenarios,
        List<Countermeasure> countermeasures,
        List<SisAssessment> sisAssessments) {

    public static final Risk EMPTY = new Risk(RiskMatrix.DEFAULT, List.of(), List.of(), List.of());

    /** A risk section without SIS assessment sign-offs. */
    public Risk(
            RiskMatrix matrix,
            List<Hazard> hazards,
            List<ThreatScenario> scenarios,
            List<Countermeasure> countermeasures) {
        this(matrix, hazards, scenarios, countermeasures, List.of());
    }

    public Risk {
        sisAssessments = List.copyOf(sisAssessments);
        hazards = List.copyOf(hazards);
        scenarios = List.copyOf(scenarios);
        countermeasures = List.copyOf(countermeasures);
        var hazardIds = index(hazards, Hazard::id, "hazard");
        var scenarioIds = index(scenarios, ThreatScenario::id, "scenario");
        var cmIds = index(countermeasures, Countermeasure::id, "countermeasure");
        int maxC = matrix.consequenceLevels();
        int maxL = matrix.likelihoodLevels();
        for (var h : hazards) {
            h.consequence().levels().forEach((category, level) -> {
                if (level > maxC) {
                    throw new IllegalArgumentException("hazard " + h.id() + " " + category + " consequence " + level
                            + " is beyond the matrix's " + maxC + " consequence levels");
                }
            });
        }
        for (var s : scenarios) {
            if (s.hazard() != null && !hazardIds.containsKey(s.hazard())) {
                throw new IllegalArgumentException("scenario " + s.id() + " names unknown hazard '" + s.hazard() + "'");
            }
            if (s.likelihood() > maxL) {
                throw new IllegalArgumentException("scenario " + s.id() + " likelihood " + s.likelihood()
                        + " is beyond the matrix's " + maxL + " likelihood levels");
            }
            s.consequence().levels().forEach((category, level) -> {
                if (level > maxC) {
                    throw new IllegalArgumentException("scenario " + s.id() + " " + category + " consequence " + level
                            + " is beyond the matrix's " + maxC + " consequence levels");
                }
            });
        }
        for (var cm : countermeasures) {
            for (var r : cm.requires()) {
                if (!cmIds.containsKey(r)) {
                    throw new IllegalArgumentException(
                            "countermeasure " + cm.id() + " requires unknown countermeasure '" + r + "'");
                }
            }
            var seen = new HashMap<String, Boolean>();
            for (var reduction : cm.reduces()) {
                if (!scenarioIds.containsKey(reduction.scenario())) {
                    throw new IllegalArgumentException(
                            "countermeasure " + cm.id() + " reduces unknown scenario '" + reduction.scenario() + "'");
                }
                if (seen.put(reduction.scenario(), true) != null) {
                    throw new IllegalArgumentException(
                            "countermeasure " + cm.id() + " reduces scenario " + reduction.scenario() + " twice");
                }
            }
        }
        var cycle = prerequisiteCycle(countermeasures, cmIds);
        if (!cycle.isEmpty()) {
            throw new IllegalArgumentException(
                    "countermeasure prerequisites form a cycle: " + String.join(" -> ", cycle));
        }
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id, String kind) {
        var map = new LinkedHashMap<String, T>();
        for (var item : items) {
            if (map.putIfAbsent(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate " + kind + " id '" + id.apply(item) + "'");
            }
        }
        return map;
    }

    /**
     * A cycle among the prerequisites, as the ids along it with the first repeated at the end; empty when there is
     * none. Iterative depth-first search, so ten thousand chained countermeasures do not overflow the stack.
     */
    public static List<String> prerequisiteCycle(List<Countermeasure> countermeasures) {
        var ids = new HashMap<String, Countermeasure>();
        for (var cm : countermeasures) ids.putIfAbsent(cm.id(), cm);
        return prerequisiteCycle(countermeasures, ids);
    }

    private static List<String> prerequisiteCycle(
            List<Countermeasure> countermeasures, Map<String, Countermeasure> ids) {
        var state = new HashMap<String, Integer>(); // 1 on the current path, 2 done
        for (var start : countermeasures) {
            if (state.containsKey(start.id())) continue;
            var path = new ArrayList<String>();
            var next = new ArrayDeque<java.util.Iterator<String>>();
            path.add(start.id());
            state.put(start.id(), 1);
            next.push(start.requires().iterator());
            while (!next.isEmpty()) {
                var it = next.peek();
                if (!it.hasNext()) {
                    next.pop();
                    state.put(path.remove(path.size() - 1), 2);
                    continue;
                }
                var r = it.next();
                var cm = ids.get(r);
                if (cm == null) continue;
                var s = state.get(r);
                if (s == null) {
                    state.put(r, 1);
                    path.add(r);
                    next.push(cm.requires().iterator());
                } else if (s == 1) {
                    var cycle = new ArrayList<>(path.subList(path.indexOf(r), path.size()));
                    cycle.add(r);
                    return cycle;
                }
            }
        }
        return List.of();
    }

    public boolean isEmpty() {
        return hazards.isEmpty()
                && scenarios.isEmpty()
                && countermeasures.isEmpty()
                && sisAssessments.isEmpty()
                && matrix.isDefault();
    }

    public Optional<Hazard> hazard(String id) {
        return hazards.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    /**
     * A scenario's consequence: its own rating when given, otherwise its hazard's; either way held down by the
     * limits of its hazard's safeguards that are not cyber-dependent ({@link Hazard#limit}).
     */
    public Consequences consequenceOf(ThreatScenario scenario) {
        var hazard =
                scenario.hazard() == null ? null : hazard(scenario.hazard()).orElse(null);
        if (!scenario.consequence().isEmpty() || hazard == null) {
            return hazard == null ? scenario.consequence() : hazard.limit(scenario.consequence());
        }
        return hazard.limit(hazard.consequence());
    }

    /** A copy with other hazards, e.g. after importing a hazard study. */
    public Risk withHazards(List<Hazard> newHazards) {
        return new Risk(matrix, newHazards, scenarios, countermeasures, sisAssessments);
    }
}
