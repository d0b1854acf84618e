package io.zonewarden.core.roadmap;

import io.zonewarden.core.model.Plant;
import io.zonewarden.core.risk.AssessRisk;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the roadmap: the countermeasures that treat the risk best within the budget, every prerequisite met and every
 * required countermeasure in (IEC 62443-3-2 ZCR 5.8 to 5.10, IEC 62443-2-1 risk treatment), then ordered into phases.
 *
 * <p>Plans are ranked safety first, term by term: (1) the fewest scenarios whose <b>safety</b> risk (the matrix score
 * of the safety consequence at the likelihood after) is above the tolerable line, (2) the fewest scenarios above the
 * line, (3) the most score removed (each scenario's matrix score before minus after), (4) the lowest cost. Adding up
 * ordinal scores alone would trade a catastrophic scenario left in place for a few production scores lowered; the
 * ranking does not. A selected countermeasure lowers a scenario's likelihood (or consequence, every category alike)
 * by its reduction, reductions add up, and no level goes below 1. Over several years with a budget per year, each
 * term sums over the years, so what removes most starts first.
 *
 * <p>The OR-Tools CP-SAT solver finds the plan and proves it optimal (or says how far from optimal the score may be
 * when the time limit stops it); the greedy plan by ratio is computed too, as the solver's first hint and as the
 * baseline the result is compared with. The plan then reports what stays intolerable (safety first), which
 * error-level findings of validation its countermeasures leave unresolved, and the SL-A per zone it would reach.
 */
public final class PlanRoadmap {

    private PlanRoadmap() {}

    /**
     * Plans within the options' budget.
     *
     * @throws IllegalArgumentException when the model names zones, conduits or assets the plant lacks; nothing is
     *     computed then
     * @throws UnaffordableException when the required countermeasures with their prerequisites do not fit the budget
     */
    public static Roadmap plan(Plant plant, RoadmapOptions options) {
        AssessRisk.checkReferences(plant);
        long started = System.nanoTime();
        var in = new Instance(plant.risk(), options.years());
        int n = in.size();
        long budget = options.budget();
        var perYear = options.budgetPerYear();
        checkRequired(in, budget, perYear, options.years());
        var greedy = Greedy.plan(in, budget);
        boolean[] greedyPlan = greedy;
        if (perYear != null && !fitsPerYear(in, greedy, perYear)) greedyPlan = null;
        var limit = options.timeLimit();
        var result = CpSat.plan(in, budget, perYear, greedyPlan, limit, options.workers());
        if (result.infeasible()) throw unaffordable(in, budget, perYear, options.years());
        boolean[] chosen;
        int[] year;
        boolean optimal = result.optimal();
        if (result.feasible()) {
            chosen = result.selected();
            year = result.startYear();
            if (perYear == null
                    && greedyPlan != null
                    && java.util.Arrays.compare(in.rank(greedyPlan), in.rank(chosen)) < 0) {
                chosen = greedyPlan; // the solver ran out of time before it even matched its hint
                year = new int[n];
                optimal = false;
            }
        } else {
            chosen = greedyPlan == null ? in.requiredClosure() : greedyPlan;
            year = new int[n];
            optimal = false;
        }
        int before = in.totalBefore();
        int after = in.totalAfter(chosen);
        var all = new boolean[n];
        java.util.Arrays.fill(all, true);
        int bound;
        if (optimal && perYear == null) {
            bound = after;
        } else if (result.bound() >= 0) {
            bound = (int) Math.min(after, result.bound());
        } else {
            bound = in.totalAfter(all); // every countermeasure in place: no plan goes lower
        }
        var steps = order(in, chosen, year, perYear != null, options, perYear == null ? 1 : options.years());
        var phases = phases(steps, before);
        var unreached = new ArrayList<Unreached>();
        var maxEach = new int[in.scenarios()];
        boolean anyReachable = false;
        for (int s = 0; s < in.scenarios(); s++) {
            int best = in.scoreAfter(s, all);
            maxEach[s] = in.matrix.tolerable(best) ? in.matrix.tolerable() : best;
            if (in.matrix.tolerable(best) && !in.matrix.tolerable(in.scoreBefore(s))) anyReachable = true;
            int mine = in.scoreAfter(s, chosen);
            if (!in.matrix.tolerable(mine)) {
                Integer safety = in.safety[s] == 0 ? null : in.safetyAfter(s, chosen);
                unreached.add(new Unreached(
                        in.scenarioIds.get(s), mine, best, safety, safety != null && !in.matrix.tolerable(safety)));
            }
        }
        // safety first, then the highest score
        unreached.sort(
                java.util.Comparator.comparing((Unreached u) -> !u.safety()).thenComparing(u -> -u.scoreAfter()));
        Long costToTolerable = anyReachable ? null : 0L;
        var left = limit.minusNanos(System.nanoTime() - started);
        if (anyReachable && left.toMillis() > 50) {
            var tolerable = CpSat.cheapest(in, maxEach, all, left, options.workers());
            if (tolerable.optimal()) costToTolerable = cost(in, tolerable.selected(), new int[n], null);
        }
        var notSelected = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            if (!chosen[i] && in.marginal(i, chosen) > 0) notSelected.add(in.ids.get(i));
        }
        var greedyIds = new ArrayList<String>();
        var requiredIds = new ArrayList<String>();
        var chosenIds = new java.util.HashSet<String>();
        for (int i = 0; i < n; i++) {
            if (greedy[i]) greedyIds.add(in.ids.get(i));
            if (in.required[i]) requiredIds.add(in.ids.get(i));
            if (chosen[i]) chosenIds.add(in.ids.get(i));
        }
        var none = new boolean[n];
        var findings = Outcome.findings(plant, chosenIds);
        return new Roadmap(
                steps.stream().map(Step::countermeasure).toList(),
                cost(in, chosen, year, perYear),
                before,
                after,
                optimal,
                bound,
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
                (System.nanoTime() - started) / 1e9,
                in.safetyIntolerable(none),
                in.safetyIntolerable(chosen),
                in.intolerable(none),
                in.intolerable(chosen),
                requiredIds,
                findings.get(false),
                findings.get(true),
                Outcome.zones(plant, chosenIds));
    }

    /** Fails early, naming them, when the required countermeasures with their prerequisites cost more than the budget. */
    private static void checkRequired(
            Instance in, long budget, @org.jspecify.annotations.Nullable Long perYear, int years) {
        var closure = in.requiredClosure();
        long least = 0;
        for (int i = 0; i < in.size(); i++) {
            // the least a countermeasure can cost: started in the last year when years have their own budgets
            if (closure[i]) least = Math.addExact(least, in.cost[i][perYear == null ? 0 : years - 1]);
        }
        if (least > budget) throw unaffordable(in, budget, perYear, years);
    }

    private static UnaffordableException unaffordable(
            Instance in, long budget, @org.jspecify.annotations.Nullable Long perYear, int years) {
        var closure = in.requiredClosure();
        var required = new ArrayList<String>();
        var prerequisites = new ArrayList<String>();
        long least = 0;
        for (int i = 0; i < in.size(); i++) {
            if (!closure[i]) continue;
            (in.required[i] ? required : prerequisites).add(in.ids.get(i));
            least += in.cost[i][perYear == null ? 0 : years - 1];
        }
        var message = "the required countermeasures " + String.join(", ", required)
                + (prerequisites.isEmpty() ? "" : " with their prerequisites " + String.join(", ", prerequisites))
                + " cost at least " + String.format(java.util.Locale.ROOT, "%,d", least)
                + (least > budget
                        ? ", more than the budget of " + String.format(java.util.Locale.ROOT, "%,d", budget)
                        : " and do not fit a budget of " + String.format(java.util.Locale.ROOT, "%,d", perYear)
                                + " a year")
                + ": raise the budget or drop 'required' from one of them";
        return new UnaffordableException(message, required, prerequisites);
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
     * The plan in order, safety first, then quick wins. Repeatedly the countermeasure (with its prerequisites not yet
     * placed) that brings the most scenarios' safety risk within the tolerable line, then the most scenarios' risk,
     * then removes the most risk per unit of cost, given what is already in place; with start years, year by year.
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
                int[] bestGains = null;
                boolean[] bestBundle = null;
                for (int i = 0; i < n; i++) {
                    if (!chosen[i] || placed[i] || (byYear && year[i] != t)) continue;
                    var bundle = Greedy.bundle(in, i, placed);
                    long cost = 0;
                    for (int j = 0; j < n; j++) {
                        if (bundle[j]) cost += in.cost[j][byYear ? Math.max(0, year[j]) : 0];
                    }
                    var gains = Greedy.gains(in, placed, bundle);
                    double ratio = cost == 0 ? Double.MAX_VALUE : gains[2] / (double) cost;
                    int better = bestGains == null
                            ? 1
                            : java.util.Arrays.compare(
                                    new int[] {gains[0], gains[1]}, new int[] {bestGains[0], bestGains[1]});
                    if (better > 0
                            || (better == 0
                                    && (ratio > bestRatio || (ratio == bestRatio && gains[2] > bestGains[2])))) {
                        best = i;
                        bestRatio = ratio;
                        bestGains = gains;
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
