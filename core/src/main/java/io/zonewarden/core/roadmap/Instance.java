package io.zonewarden.core.roadmap;

import io.zonewarden.core.model.risk.Risk;
import io.zonewarden.core.model.risk.RiskMatrix;
import io.zonewarden.core.risk.AssessRisk;
import io.zonewarden.core.risk.ScenarioRisk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The optimisation problem in arrays: countermeasures by index with their cost per start year and prerequisites,
 * scenarios by index with their current levels and the reductions that reach them.
 */
final class Instance {

    final RiskMatrix matrix;
    final List<String> ids;
    /** {@code cost[i][t]}: the total cost of countermeasure i when it starts in year t (0-based). */
    final long[][] cost;
    /** One-off cost and yearly cost, for the per-year budget. */
    final long[] oneOff;

    final long[] yearly;
    final int[][] requires;
    final List<String> scenarioIds;
    final int[] consequence;
    /** The safety consequence level of each scenario; 0 when it has no safety consequence. */
    final int[] safety;

    final int[] likelihood;
    /** Countermeasures that are in every plan. */
    final boolean[] required;
    /** Per scenario, the countermeasures that reduce it, with their likelihood and consequence reductions. */
    final int[][] reducers;

    final int[][] likelihoodCut;
    final int[][] consequenceCut;
    /** Per countermeasure, the scenarios it reduces. */
    final int[][] reduces;

    final int years;

    Instance(Risk risk, int years) {
        this.matrix = risk.matrix();
        this.years = years;
        var cms = risk.countermeasures();
        int n = cms.size();
        ids = cms.stream().map(c -> c.id()).toList();
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < n; i++) index.put(ids.get(i), i);
        cost = new long[n][years];
        oneOff = new long[n];
        yearly = new long[n];
        requires = new int[n][];
        required = new boolean[n];
        for (int i = 0; i < n; i++) {
            var cm = cms.get(i);
            required[i] = cm.required();
            oneOff[i] = cm.cost();
            yearly[i] = cm.yearlyCost();
            for (int t = 0; t < years; t++) cost[i][t] = cm.cost(years - t);
            requires[i] = cm.requires().stream().mapToInt(index::get).toArray();
        }
        var hazards = new HashMap<String, io.zonewarden.core.model.risk.Hazard>();
        risk.hazards().forEach(h -> hazards.put(h.id(), h));
        int m = risk.scenarios().size();
        scenarioIds = risk.scenarios().stream().map(s -> s.id()).toList();
        consequence = new int[m];
        safety = new int[m];
        likelihood = new int[m];
        var sIndex = new HashMap<String, Integer>();
        for (int s = 0; s < m; s++) {
            var scenario = risk.scenarios().get(s);
            ScenarioRisk row = AssessRisk.scenarioRisk(risk, hazards, scenario);
            consequence[s] = row.consequence();
            safety[s] = risk.consequenceOf(scenario)
                    .levels()
                    .getOrDefault(io.zonewarden.core.model.risk.ConsequenceCategory.SAFETY, 0);
            likelihood[s] = scenario.currentLikelihood();
            sIndex.put(scenario.id(), s);
        }
        var by = new ArrayList<List<int[]>>(m);
        for (int s = 0; s < m; s++) by.add(new ArrayList<>());
        reduces = new int[n][];
        for (int i = 0; i < n; i++) {
            var list = cms.get(i).reduces();
            reduces[i] = new int[list.size()];
            for (int k = 0; k < list.size(); k++) {
                var r = list.get(k);
                int s = sIndex.get(r.scenario());
                reduces[i][k] = s;
                by.get(s).add(new int[] {i, r.likelihood(), r.consequence()});
            }
        }
        reducers = new int[m][];
        likelihoodCut = new int[m][];
        consequenceCut = new int[m][];
        for (int s = 0; s < m; s++) {
            var list = by.get(s);
            reducers[s] = new int[list.size()];
            likelihoodCut[s] = new int[list.size()];
            consequenceCut[s] = new int[list.size()];
            for (int k = 0; k < list.size(); k++) {
                reducers[s][k] = list.get(k)[0];
                likelihoodCut[s][k] = list.get(k)[1];
                consequenceCut[s][k] = list.get(k)[2];
            }
        }
    }

    int size() {
        return ids.size();
    }

    int scenarios() {
        return scenarioIds.size();
    }

    /** The score of scenario s with the selected countermeasures: reductions add up, levels never below 1. */
    int scoreAfter(int s, boolean[] selected) {
        int l = likelihood[s];
        int c = consequence[s];
        for (int k = 0; k < reducers[s].length; k++) {
            if (selected[reducers[s][k]]) {
                l -= likelihoodCut[s][k];
                c -= consequenceCut[s][k];
            }
        }
        return matrix.score(Math.max(1, c), Math.max(1, l));
    }

    /**
     * The safety risk of scenario s with the selected countermeasures: the matrix score of its safety consequence,
     * lowered by the same consequence cuts as its worst category, at its likelihood after; 0 when the scenario has
     * no safety consequence.
     */
    int safetyAfter(int s, boolean[] selected) {
        if (safety[s] == 0) return 0;
        int l = likelihood[s];
        int c = safety[s];
        for (int k = 0; k < reducers[s].length; k++) {
            if (selected[reducers[s][k]]) {
                l -= likelihoodCut[s][k];
                c -= consequenceCut[s][k];
            }
        }
        return matrix.score(Math.max(1, c), Math.max(1, l));
    }

    /** The safety risk of a cell: the consequence cut applies to the safety level too, which never goes below 1. */
    int safetyScore(int s, int cutC, int cutL) {
        return safety[s] == 0 ? 0 : matrix.score(Math.max(1, safety[s] - cutC), likelihood[s] - cutL);
    }

    /** Scenarios whose safety risk is above the tolerable line with the selection. */
    int safetyIntolerable(boolean[] selected) {
        int count = 0;
        for (int s = 0; s < scenarios(); s++) {
            if (safety[s] > 0 && !matrix.tolerable(safetyAfter(s, selected))) count++;
        }
        return count;
    }

    /** Scenarios whose risk is above the tolerable line with the selection. */
    int intolerable(boolean[] selected) {
        int count = 0;
        for (int s = 0; s < scenarios(); s++) {
            if (!matrix.tolerable(scoreAfter(s, selected))) count++;
        }
        return count;
    }

    /**
     * How a selection ranks, lower first: scenarios with their safety risk above the line, scenarios above the line,
     * the total score after.
     */
    long[] rank(boolean[] selected) {
        return new long[] {safetyIntolerable(selected), intolerable(selected), totalAfter(selected)};
    }

    /** The required countermeasures and their prerequisites, transitively. */
    boolean[] requiredClosure() {
        var closure = new boolean[size()];
        for (int i = 0; i < size(); i++) {
            if (required[i] && !closure[i]) {
                var bundle = Greedy.bundle(this, i, closure);
                for (int j = 0; j < size(); j++) closure[j] |= bundle[j];
            }
        }
        return closure;
    }

    /** What every countermeasure together costs at most: started in the first year. */
    long totalCost() {
        long total = 0;
        for (int i = 0; i < size(); i++) total = Math.addExact(total, cost[i][0]);
        return total;
    }

    /** The highest the total score can be, summed over {@code years} years: a bound on its range. */
    long maxScoreSum(int years) {
        return (long) years * totalBefore();
    }

    int scoreBefore(int s) {
        return matrix.score(consequence[s], likelihood[s]);
    }

    int totalBefore() {
        int total = 0;
        for (int s = 0; s < scenarios(); s++) total += scoreBefore(s);
        return total;
    }

    int totalAfter(boolean[] selected) {
        int total = 0;
        for (int s = 0; s < scenarios(); s++) total += scoreAfter(s, selected);
        return total;
    }

    /** The score removed by adding countermeasure i to {@code selected}. */
    int marginal(int i, boolean[] selected) {
        if (selected[i]) return 0;
        int removed = 0;
        for (int s : reduces[i]) removed += scoreAfter(s, selected);
        selected[i] = true;
        for (int s : reduces[i]) removed -= scoreAfter(s, selected);
        selected[i] = false;
        return removed;
    }

    /** True when every selected countermeasure has its prerequisites selected. */
    boolean closed(boolean[] selected) {
        for (int i = 0; i < size(); i++) {
            if (!selected[i]) continue;
            for (int p : requires[i]) {
                if (!selected[p]) return false;
            }
        }
        return true;
    }
}
