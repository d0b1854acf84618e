package io.zonewarden.core.roadmap;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The roadmap as a CP-SAT model. The objective is not linear in the selection (reductions add up but a level stops
 * at 1, and the score is a matrix lookup), so each reduced scenario chooses exactly one of the cells it can reach
 * (levels cut in consequence and likelihood, each at most the level minus one), the cuts of the chosen cell may not
 * exceed the sum of the selected reductions, and its score after is that cell's. Since scores never fall as a level
 * rises, the solver always cuts as far as the selection allows. (An element constraint on a cell index, the first
 * formulation, left gaps of 5 to 10 % after 9 s on 300 countermeasures and 1,000 scenarios; this one's linear
 * relaxation is the convex hull of the cells.)
 *
 * <p>Each cell is a constant for what the plan ranks: its score, whether that score is above the tolerable line, and
 * whether its safety risk (the safety consequence cut as far as the consequence, at the cell's likelihood) is. The
 * plan is lexicographic: fewest scenarios with an intolerable safety risk, then fewest intolerable, then the lowest
 * total score, then the lowest cost. The two counts are solved in stages on one model, each stage minimising one
 * term and fixing its optimum before the next, rather than as one weighted sum: the weights a sum of all four needs
 * (each larger than the whole range of the terms below it, cost included) grow with the plant beyond the 2^53 up to
 * which the solver's objective value is exact, and a stage that hits the time limit still leaves the earlier ones
 * proved. The count stages are quick (few values, strong bounds); score and cost share the last stage as score times
 * (cost range + 1) plus cost whenever that stays below 2^52, which saves a whole search over stages of their own, and
 * fall back to two stages when it does not.
 *
 * <p>Start years: with a per-year budget, countermeasure i gets one boolean per year it may start in; without, a
 * single one. A countermeasure may start no earlier than its prerequisites. Over several years each year has its own
 * cells, fed by what has started by then, and every term sums over the years: risk removed in year 1 counts in each
 * year of the plan, so the solver starts the measures that matter most first (IEC 62443-2-1 risk treatment is a
 * programme over time, and a year of intolerable risk is a year of exposure).
 */
final class CpSat {

    /**
     * What the solver found.
     *
     * @param infeasible true when no plan meets the constraints: only the required countermeasures can cause that
     * @param bound the lowest total score after (in the last year) the solver proved any plan with the same counts can
     *     reach; {@code -1} when it proved none
     */
    record Result(
            boolean[] selected,
            int[] startYear,
            boolean optimal,
            boolean feasible,
            boolean infeasible,
            long bestAfter,
            long bound) {}

    private static boolean loaded;

    private CpSat() {}

    static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /** The model and the expressions the stages minimise. */
    private static final class Built {
        final CpModel model = new CpModel();
        BoolVar[][] start = new BoolVar[0][];
        final List<BoolVar> cells = new ArrayList<>();
        final LinearExprBuilder safety = LinearExpr.newBuilder();
        final LinearExprBuilder intolerable = LinearExpr.newBuilder();
        final LinearExprBuilder after = LinearExpr.newBuilder();
        final LinearExprBuilder cost = LinearExpr.newBuilder();
        boolean safetyVaries;
        boolean intolerableVaries;
        long afterConstant;
        /** The cells' hint values, in the order of {@link #cells}; {@code null} without a hint. */
        @Nullable
        List<Boolean> cellHints;
    }

    /**
     * The lexicographic plan within the budget, the required countermeasures in.
     *
     * @param perYear the budget of each year (one-off costs of what starts that year plus the yearly costs of what
     *     runs), or {@code null} for none: then every countermeasure starts in the first year
     * @param hint a plan to start from (the greedy one), all of it in the first year
     */
    static Result plan(
            Instance in,
            long budget,
            @Nullable Long perYear,
            @Nullable boolean[] hint,
            Duration timeLimit,
            int workers) {
        long started = System.nanoTime();
        var b = build(in, budget, perYear, hint, true, null);
        int years = perYear == null ? 1 : in.years;
        var stages = new ArrayList<LinearExpr>();
        if (b.safetyVaries) stages.add(b.safety.build());
        if (b.intolerableVaries) stages.add(b.intolerable.build());
        var after = b.after.build();
        var cost = b.cost.build();
        // The last two terms in one sum when it stays exact: score after times (the most the plan can cost + 1),
        // plus the cost. One search instead of two, and the cost never outweighs one point of score.
        long costRange = Math.min(budget, in.totalCost()) + 1;
        long scoreRange = in.maxScoreSum(years) + 1;
        long weight = 0;
        if (costRange < (1L << 52) / scoreRange) {
            weight = costRange;
            stages.add(LinearExpr.newBuilder().addTerm(after, weight).add(cost).build());
        } else {
            stages.add(after);
            stages.add(cost);
        }
        int n = in.size();
        boolean[] chosen = null;
        int[] year = null;
        long bound = -1;
        long bestAfter = 0;
        boolean optimal = true;
        for (var objective : stages) {
            var left = timeLimit.minusNanos(System.nanoTime() - started);
            if (left.toMillis() < 20) {
                optimal = false;
                break;
            }
            b.model.clearObjective();
            b.model.minimize(objective);
            var solver = solver(left, workers);
            var status = solver.solve(b.model);
            // -Dzonewarden.solver.stages=true prints each stage's status, value, bound and time, for tuning
            if (Boolean.getBoolean("zonewarden.solver.stages")) {
                System.err.printf(
                        "stage %d: %s %.0f bound %.0f in %.2f s%n",
                        stages.indexOf(objective) + 1,
                        status,
                        solver.objectiveValue(),
                        solver.bestObjectiveBound(),
                        solver.wallTime());
            }
            if (status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID) {
                if (chosen == null) return new Result(new boolean[n], new int[n], false, false, true, 0, -1);
                optimal = false;
                break;
            }
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                optimal = false;
                break;
            }
            chosen = new boolean[n];
            year = new int[n];
            for (int i = 0; i < n; i++) {
                year[i] = -1;
                for (int t = 0; t < years; t++) {
                    if (solver.booleanValue(b.start[i][t])) {
                        chosen[i] = true;
                        year[i] = t;
                    }
                }
            }
            bestAfter = solver.value(after) + b.afterConstant;
            if (years == 1 && (objective == after || (weight > 0 && objective == stages.get(stages.size() - 1)))) {
                long objectiveBound = (long) Math.ceil(solver.bestObjectiveBound() - 1e-6);
                // every plan has weight * after + cost >= the bound, and cost < weight
                long afterBound = weight > 0 ? Math.floorDiv(objectiveBound, weight) : objectiveBound;
                bound = afterBound + b.afterConstant;
            }
            // the next stage starts from this solution and keeps this stage's value
            b.model.clearHints();
            for (int i = 0; i < n; i++) {
                for (int t = 0; t < years; t++) b.model.addHint(b.start[i][t], solver.booleanValue(b.start[i][t]));
            }
            for (var cell : b.cells) b.model.addHint(cell, solver.booleanValue(cell));
            if (status != CpSolverStatus.OPTIMAL) {
                optimal = false;
                break;
            }
            b.model.addLessOrEqual(objective, solver.value(objective));
        }
        if (chosen == null) return new Result(new boolean[n], new int[n], false, false, false, 0, -1);
        return new Result(chosen, year, optimal, true, false, bestAfter, bound);
    }

    /**
     * The cheapest plan in which each reduced scenario's score is at most its entry of {@code maxEach}, budget
     * unbounded, nothing required: what making every scenario tolerable that can be would cost.
     */
    static Result cheapest(Instance in, int[] maxEach, @Nullable boolean[] hint, Duration timeLimit, int workers) {
        var b = build(in, Long.MAX_VALUE / 4, null, hint, false, maxEach);
        b.model.minimize(b.cost.build());
        var solver = solver(timeLimit, workers);
        var status = solver.solve(b.model);
        int n = in.size();
        var chosen = new boolean[n];
        boolean feasible = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        if (feasible) {
            for (int i = 0; i < n; i++) chosen[i] = solver.booleanValue(b.start[i][0]);
        }
        return new Result(
                chosen, new int[n], status == CpSolverStatus.OPTIMAL, feasible, false, in.totalAfter(chosen), -1);
    }

    private static CpSolver solver(Duration timeLimit, int workers) {
        load();
        var solver = new CpSolver();
        solver.getParameters()
                .setMaxTimeInSeconds(Math.max(0.02, timeLimit.toMillis() / 1000.0))
                .setNumWorkers(Math.max(1, workers))
                .setRandomSeed(1)
                .setLinearizationLevel(2)
                // -Dzonewarden.solver.log=true prints the solver's search log on standard error, for tuning
                .setLogSearchProgress(Boolean.getBoolean("zonewarden.solver.log"));
        return solver;
    }

    private static Built build(
            Instance in,
            long budget,
            @Nullable Long perYear,
            @Nullable boolean[] hint,
            boolean forceRequired,
            int @Nullable [] maxEach) {
        load();
        var built = new Built();
        var model = built.model;
        int n = in.size();
        int years = perYear == null ? 1 : in.years;
        var start = new BoolVar[n][years];
        built.start = start;
        var selected = new LinearExpr[n];
        // selectedBy[t][i]: countermeasure i has started by year t
        var selectedBy = new LinearExpr[years][n];
        for (int i = 0; i < n; i++) {
            var sum = LinearExpr.newBuilder();
            for (int t = 0; t < years; t++) {
                start[i][t] = model.newBoolVar("x" + i + "_" + t);
                sum.add(start[i][t]);
                built.cost.addTerm(start[i][t], perYear == null ? in.cost[i][0] : in.cost[i][t]);
                selectedBy[t][i] = sum.build();
            }
            selected[i] = selectedBy[years - 1][i];
            if (years > 1) model.addLessOrEqual(selected[i], 1);
            if (forceRequired && in.required[i]) model.addEquality(selected[i], 1);
        }
        for (int i = 0; i < n; i++) {
            for (int p : in.requires[i]) {
                if (years == 1) {
                    model.addImplication(start[i][0], start[p][0]);
                    continue;
                }
                for (int t = 0; t < years; t++) {
                    // started by year t => the prerequisite started by year t
                    model.addLessOrEqual(selectedBy[t][i], selectedBy[t][p]);
                }
            }
        }
        var costTerms = new ArrayList<LinearArgument>();
        var costCoefs = new ArrayList<Long>();
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < years; t++) {
                costTerms.add(start[i][t]);
                costCoefs.add(perYear == null ? in.cost[i][0] : in.cost[i][t]);
            }
        }
        model.addLessOrEqual(
                LinearExpr.weightedSum(
                        costTerms.toArray(LinearArgument[]::new),
                        costCoefs.stream().mapToLong(Long::longValue).toArray()),
                budget);
        if (perYear != null) {
            for (int t = 0; t < years; t++) {
                var b = LinearExpr.newBuilder();
                for (int i = 0; i < n; i++) {
                    b.addTerm(start[i][t], in.oneOff[i]);
                    for (int u = 0; u <= t; u++) b.addTerm(start[i][u], in.yearly[i]);
                }
                model.addLessOrEqual(b.build(), perYear);
            }
        }
        var matrix = in.matrix;
        int tolerable = matrix.tolerable();
        for (int s = 0; s < in.scenarios(); s++) {
            if (in.reducers[s].length == 0) {
                built.afterConstant += (long) years * in.scoreBefore(s);
                continue;
            }
            int l0 = in.likelihood[s];
            int c0 = in.consequence[s];
            int maxL = (int) Math.min(l0 - 1, total(in.likelihoodCut[s]));
            int maxC = (int) Math.min(c0 - 1, total(in.consequenceCut[s]));
            int[] hintCut = hint == null ? null : cutsOf(in, s, hint, maxC, maxL);
            boolean intolerableVaries =
                    !matrix.tolerable(matrix.score(c0, l0)) && matrix.tolerable(matrix.score(c0 - maxC, l0 - maxL));
            boolean safetyVaries = in.safety[s] > 0
                    && !matrix.tolerable(in.safetyScore(s, 0, 0))
                    && matrix.tolerable(in.safetyScore(s, maxC, maxL));
            built.intolerableVaries |= intolerableVaries;
            built.safetyVaries |= safetyVaries;
            for (int t = 0; t < years; t++) {
                var sumL = reductions(in.reducers[s], in.likelihoodCut[s], selectedBy[t]);
                var sumC = reductions(in.reducers[s], in.consequenceCut[s], selectedBy[t]);
                // one literal per reachable cell (levels cut in consequence a, in likelihood b): exactly one holds,
                // the cuts it stands for are covered by the selected reductions, and the score is that cell's. Its
                // linear relaxation is the convex hull of the cells, much tighter than an element constraint.
                var cells = new ArrayList<Literal>();
                var scores = new ArrayList<Long>();
                var a = LinearExpr.newBuilder();
                var b = LinearExpr.newBuilder();
                for (int cutC = 0; cutC <= maxC; cutC++) {
                    for (int cutL = 0; cutL <= maxL; cutL++) {
                        var cell = model.newBoolVar("s" + s + "y" + t + "c" + cutC + "l" + cutL);
                        // the hint is complete (countermeasures and cells), so the search starts from it
                        if (hintCut != null) model.addHint(cell, cutC == hintCut[0] && cutL == hintCut[1]);
                        built.cells.add(cell);
                        cells.add(cell);
                        int score = matrix.score(c0 - cutC, l0 - cutL);
                        scores.add((long) score);
                        built.after.addTerm(cell, score);
                        if (intolerableVaries && score > tolerable) built.intolerable.addTerm(cell, 1);
                        if (safetyVaries && in.safetyScore(s, cutC, cutL) > tolerable) {
                            built.safety.addTerm(cell, 1);
                        }
                        a.addTerm(cell, cutC);
                        b.addTerm(cell, cutL);
                    }
                }
                model.addExactlyOne(cells);
                if (maxC > 0) model.addLessOrEqual(a.build(), sumC);
                if (maxL > 0) model.addLessOrEqual(b.build(), sumL);
                // Cutting k levels or more needs reductions worth k, and a reduction counts for at most k of them:
                // k * [cut >= k] <= sum of min(k, reduction) over the selected. Valid for every plan, and it stops
                // the linear relaxation from buying a whole level with half of a two-level countermeasure.
                for (int k = 2; k <= maxC; k++) {
                    atLeast(model, cells, maxL, k, true, in.reducers[s], in.consequenceCut[s], selectedBy[t]);
                }
                for (int k = 2; k <= maxL; k++) {
                    atLeast(model, cells, maxL, k, false, in.reducers[s], in.likelihoodCut[s], selectedBy[t]);
                }
                if (maxC > 0) {
                    atLeast(model, cells, maxL, 1, true, in.reducers[s], in.consequenceCut[s], selectedBy[t]);
                }
                if (maxL > 0) {
                    atLeast(model, cells, maxL, 1, false, in.reducers[s], in.likelihoodCut[s], selectedBy[t]);
                }
                if (maxEach != null) {
                    var score = LinearExpr.weightedSum(
                            cells.toArray(Literal[]::new),
                            scores.stream().mapToLong(Long::longValue).toArray());
                    model.addLessOrEqual(score, maxEach[s]);
                }
            }
        }
        if (hint != null) {
            for (int i = 0; i < n; i++) {
                for (int t = 0; t < years; t++) model.addHint(start[i][t], hint[i] && t == 0);
            }
        }
        return built;
    }

    /**
     * {@code k * (cells cutting k or more levels) <= sum over selected of min(k, reduction)}. Cells are laid out by
     * consequence cut, then likelihood cut, {@code maxL + 1} per row.
     */
    private static void atLeast(
            CpModel model,
            List<Literal> cells,
            int maxL,
            int k,
            boolean consequence,
            int[] reducers,
            int[] cuts,
            LinearExpr[] selected) {
        var lhs = LinearExpr.newBuilder();
        for (int index = 0; index < cells.size(); index++) {
            int cut = consequence ? index / (maxL + 1) : index % (maxL + 1);
            if (cut >= k) lhs.addTerm(cells.get(index), k);
        }
        var rhs = LinearExpr.newBuilder();
        for (int j = 0; j < reducers.length; j++) {
            if (cuts[j] > 0) rhs.addTerm(selected[reducers[j]], Math.min(k, cuts[j]));
        }
        model.addLessOrEqual(lhs.build(), rhs.build());
    }

    /** The levels the selection cuts from scenario s: {consequence, likelihood}, each capped as in the model. */
    private static int[] cutsOf(Instance in, int s, boolean[] selection, int maxC, int maxL) {
        int c = 0;
        int l = 0;
        for (int k = 0; k < in.reducers[s].length; k++) {
            if (selection[in.reducers[s][k]]) {
                c += in.consequenceCut[s][k];
                l += in.likelihoodCut[s][k];
            }
        }
        return new int[] {Math.min(c, maxC), Math.min(l, maxL)};
    }

    /** The sum of the selected countermeasures' reductions of one scenario. */
    private static LinearExpr reductions(int[] reducers, int[] cuts, LinearExpr[] selected) {
        var sum = LinearExpr.newBuilder();
        for (int k = 0; k < reducers.length; k++) {
            if (cuts[k] > 0) sum.addTerm(selected[reducers[k]], cuts[k]);
        }
        return sum.build();
    }

    private static long total(int[] cuts) {
        long total = 0;
        for (int c : cuts) total += c;
        return total;
    }
}
