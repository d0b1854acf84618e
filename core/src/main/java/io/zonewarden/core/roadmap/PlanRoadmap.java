package io.zonewarden.core.roadmap;

import io.zonewarden.core.model.Plant;
import io.zonewarden.core.risk.AssessRisk;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the roadmap: the countermeasures that remove the most risk within the budget, every prerequisite met
 * (IEC 62443-3-2 ZCR 5.8 to 5.10, IEC 62443-2-1 risk treatment), then ordered into phases with the quick wins
 * first.
 *
 * <p>Risk removed is the matrix score of every scenario before minus after; a selected countermeasure lowers a
 * scenario's likelihood (or consequence) by its reduction, reductions add up, and no level goes below 1. Among plans
 * that remove the same risk, the cheapest is chosen. The OR-Tools CP-SAT solver finds the plan and proves it optimal
 * (or says how far from optimal it may be when the time limit stops it); the greedy plan by ratio is computed too,
 * as the solver's first hint and as the baseline the result is compared with.
 */
public final class PlanRoadmap {

    private PlanRoadmap() {}

    /**
     * Plans within the options' budget.
     *
     * @throws IllegalArgumentException when the model names zones, conduits or assets the plant lacks; nothing is
     *     computed then
     */
    public static Roadmap plan(Plant plant, RoadmapOptions options) {
        AssessRisk.checkReferences(plant);
        long started = System.nanoTime();
        var in = new Instance(plant.risk(), options.years());
        int n = in.size();
        long budget = options.budget();
        var perYear = options.budgetPerYear();
        var greedy = Greedy.plan(in, budget);
        boolean[] greedyPlan = greedy;
        if (perYear != null && !fitsPerYear(in, greedy, perYear)) greedyPlan = null;
        var limit = options.timeLimit();
        var result = CpSat.solve(in, budget, perYear, greedyPlan, limit, options.workers(), null, null);
        boolean[] chosen;
        int[] year;
        boolean optimal = result.optimal();
        int bound;
        if (result.feasible()) {
            chosen = result.selected();
            year = result.startYear();
            bound = (int) result.bound();
            if (greedyPlan != null && in.totalAfter(greedyPlan) < in.totalAfter(chosen)) {
                chosen = greedyPlan; // the solver ran out of time before it even matched its hint
                year = new int[n];
            }
            var left = limit.minusNanos(System.nanoTime() - started);
            if (optimal && left.toMillis() > 50) {
                // among the plans that remove as much, the cheapest
                var cheaper = CpSat.solve(
                        in, budget, perYear, chosen, left, options.workers(), (long) in.totalAfter(chosen), null);
                if (cheaper.feasible()
                        && cost(in, cheaper.selected(), cheaper.startYear(), perYear)
                                <= cost(in, chosen, year, perYear)) {
                    chosen = cheaper.selected();
                    year = cheaper.startYear();
                }
            }
        } else {
            chosen = greedyPlan == null ? new boolean[n] : greedyPlan;
            year = new int[n];
            bound = 0;
            optimal = false;
        }
        if (perYear != null) {
            var quick = quickWinsFirst(in, chosen, perYear, budget, options.years());
            if (quick != null) year = quick;
        }
        int before = in.totalBefore();
        int after = in.totalAfter(chosen);
        var steps = order(in, chosen, year, perYear != null, options, perYear == null ? 1 : options.years());
        var phases = phases(steps, before);
        var all = new boolean[n];
        java.util.Arrays.fill(all, true);
        var unreached = new ArrayList<Unreached>();
        var maxEach = new int[in.scenarios()];
        boolean anyReachable = false;
        for (int s = 0; s < in.scenarios(); s++) {
            int best = in.scoreAfter(s, all);
            maxEach[s] = in.matrix.tolerable(best) ? in.matrix.tolerable() : best;
            if (in.matrix.tolerable(best) && !in.matrix.tolerable(in.scoreBefore(s))) anyReachable = true;
            int mine = in.scoreAfter(s, chosen);
            if (!in.matrix.tolerable(mine)) unreached.add(new Unreached(in.scenarioIds.get(s), mine, best));
        }
        Long costToTolerable = anyReachable ? null : 0L;
        var left = limit.minusNanos(System.nanoTime() - started);
        if (anyReachable && left.toMillis() > 50) {
            var tolerable = CpSat.solve(in, Long.MAX_VALUE / 4, null, all, left, options.workers(), null, maxEach);
            if (tolerable.optimal()) costToTolerable = cost(in, tolerable.selected(), new int[n], null);
        }
        var notSelected = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            if (!chosen[i] && in.marginal(i, chosen) > 0) notSelected.add(in.ids.get(i));
        }
        var greedyIds = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            if (greedy[i]) greedyIds.add(in.ids.get(i));
        }
        return new Roadmap(
                steps.stream().map(Step::countermeasure).toList(),
                cost(in, chosen, year, perYear),
                before,
                after,
                optimal,
                Math.min(bound, after),
                phases,
                steps,
                greedyIds,
                cost(in, greedy, new int[n], null),
                in.totalAfter(greedy),
                unreached,
                costToTolerable,
                notSelected,
                budget,
                options.years(),
                (System.nanoTime() - started) / 1e9);
    }

    /** Plans with the default options: one year, three phases, ten seconds. */
    public static Roadmap plan(Plant plant, long budget) {
        return plan(plant, RoadmapOptions.of(budget));
    }

    private static long cost(
            Instance in, boolean[] chosen, int[] year, @org.jspecify.annotations.Nullable Long perYear) {
        long total = 0;
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) total += in.cost[i][perYear == null ? 0 : Math.max(0, year[i])];
        }
        return total;
    }

    private static boolean fitsPerYear(Instance in, boolean[] chosen, long perYear) {
        long first = 0;
        long later = 0;
        for (int i = 0; i < chosen.length; i++) {
            if (!chosen[i]) continue;
            first += in.oneOff[i] + in.yearly[i];
            later += in.yearly[i];
        }
        return first <= perYear && later <= perYear;
    }

    /**
     * The plan in order: quick wins first. Repeatedly the countermeasure (with its prerequisites not yet placed)
     * that removes the most risk per unit of cost, given what is already in place; with start years, year by year.
     */
    private static List<Step> order(
            Instance in, boolean[] chosen, int[] year, boolean byYear, RoadmapOptions options, int years) {
        int n = in.size();
        var placed = new boolean[n];
        var steps = new ArrayList<Step>();
        long spent = 0;
        long total = 0;
        for (int i = 0; i < n; i++) {
            if (chosen[i]) total += in.cost[i][byYear ? Math.max(0, year[i]) : 0];
        }
        int score = in.totalBefore();
        for (int t = 0; t < years; t++) {
            while (true) {
                int best = -1;
                double bestRatio = -1;
                int bestRemoved = -1;
                boolean[] bestBundle = null;
                for (int i = 0; i < n; i++) {
                    if (!chosen[i] || placed[i] || (byYear && year[i] != t)) continue;
                    var bundle = Greedy.bundle(in, i, placed);
                    long cost = 0;
                    for (int j = 0; j < n; j++) {
                        if (bundle[j]) cost += in.cost[j][byYear ? Math.max(0, year[j]) : 0];
                    }
                    int removed = Greedy.removed(in, placed, bundle);
                    double ratio = cost == 0 ? Double.MAX_VALUE : removed / (double) cost;
                    if (ratio > bestRatio || (ratio == bestRatio && removed > bestRemoved)) {
                        best = i;
                        bestRatio = ratio;
                        bestRemoved = removed;
                        bestBundle = bundle;
                    }
                }
                if (best < 0 || bestBundle == null) break;
                for (int j : topological(in, bestBundle)) {
                    long cost = in.cost[j][byYear ? Math.max(0, year[j]) : 0];
                    int removed = in.marginal(j, placed);
                    placed[j] = true;
                    score -= removed;
                    int phase = byYear
                            ? year[j] + 1
                            : total == 0 ? 1 : (int) Math.min(options.phases(), 1 + (spent * options.phases()) / total);
                    spent += cost;
                    steps.add(new Step(in.ids.get(j), cost, removed, spent, score, phase));
                }
            }
        }
        return steps;
    }

    /**
     * Start years for the chosen countermeasures with the quick wins first: year by year, the best risk removed per
     * unit of cost among those whose prerequisites have started, while the year's one-off and running costs fit its
     * budget. The solver only cares that the set fits; this puts the cheap, effective ones in the first year.
     * {@code null} when not every chosen countermeasure finds a year this way, or the total goes over the budget
     * (starting earlier means more years of running costs): the solver's schedule stands then.
     */
    private static int @org.jspecify.annotations.Nullable [] quickWinsFirst(
            Instance in, boolean[] chosen, long perYear, long budget, int years) {
        int n = in.size();
        var year = new int[n];
        java.util.Arrays.fill(year, -1);
        var placed = new boolean[n];
        long total = 0;
        long running = 0;
        for (int t = 0; t < years; t++) {
            long spent = running;
            while (true) {
                int best = -1;
                double bestRatio = -1;
                for (int i = 0; i < n; i++) {
                    if (!chosen[i] || placed[i] || spent + in.oneOff[i] + in.yearly[i] > perYear) continue;
                    boolean ready = true;
                    for (int p : in.requires[i]) ready &= placed[p];
                    if (!ready) continue;
                    long cost = in.cost[i][t];
                    int removed = in.marginal(i, placed);
                    double ratio = cost == 0 ? Double.MAX_VALUE : removed / (double) cost;
                    if (ratio > bestRatio) {
                        best = i;
                        bestRatio = ratio;
                    }
                }
                if (best < 0) break;
                placed[best] = true;
                year[best] = t;
                spent += in.oneOff[best] + in.yearly[best];
                running += in.yearly[best];
                total += in.cost[best][t];
            }
        }
        for (int i = 0; i < n; i++) {
            if (chosen[i] && !placed[i]) return null;
        }
        return total <= budget ? year : null;
    }

    /** The bundle's members with every prerequisite before what needs it. */
    private static List<Integer> topological(Instance in, boolean[] bundle) {
        var order = new ArrayList<Integer>();
        var done = new boolean[bundle.length];
        for (int i = 0; i < bundle.length; i++) {
            if (bundle[i]) visit(in, i, bundle, done, order);
        }
        return order;
    }

    private static void visit(Instance in, int i, boolean[] bundle, boolean[] done, List<Integer> order) {
        var stack = new java.util.ArrayDeque<int[]>();
        stack.push(new int[] {i, 0});
        while (!stack.isEmpty()) {
            var top = stack.peek();
            int j = top[0];
            if (done[j]) {
                stack.pop();
                continue;
            }
            if (top[1] < in.requires[j].length) {
                int p = in.requires[j][top[1]++];
                if (bundle[p] && !done[p]) stack.push(new int[] {p, 0});
            } else {
                done[j] = true;
                order.add(j);
                stack.pop();
            }
        }
    }

    private static List<Phase> phases(List<Step> steps, int before) {
        var phases = new ArrayList<Phase>();
        int score = before;
        int number = 0;
        var ids = new ArrayList<String>();
        long cost = 0;
        int removed = 0;
        for (var step : steps) {
            if (step.phase() != number && !ids.isEmpty()) {
                phases.add(new Phase(number, ids, cost, removed, score));
                ids = new ArrayList<>();
                cost = 0;
                removed = 0;
            }
            number = step.phase();
            ids.add(step.countermeasure());
            cost += step.cost();
            removed += step.removed();
            score = step.scoreAfter();
        }
        if (!ids.isEmpty()) phases.add(new Phase(number, ids, cost, removed, score));
        return phases;
    }
}
