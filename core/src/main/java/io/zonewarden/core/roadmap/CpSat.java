package io.zonewarden.core.roadmap;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
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
 * <p>Start years: with a per-year budget, countermeasure i gets one boolean per year it may start in; without, a
 * single one. A countermeasure may start no earlier than its prerequisites.
 */
final class CpSat {

    /** What the solver found. */
    record Result(boolean[] selected, int[] startYear, boolean optimal, boolean feasible, long bestAfter, long bound) {}

    private static boolean loaded;

    private CpSat() {}

    static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /**
     * Minimises the total score after, within the budget.
     *
     * @param perYear the budget of each year (one-off costs of what starts that year plus the yearly costs of what
     *     runs), or {@code null} for none: then every countermeasure starts in the first year
     * @param hint a plan to start from (the greedy one)
     * @param maxTotalAfter when given, the total score after must not exceed it and the cost is minimised instead
     * @param maxEach when given, each reduced scenario's score after must not exceed its entry, and the cost is
     *     minimised instead
     */
    static Result solve(
            Instance in,
            long budget,
            @Nullable Long perYear,
            @Nullable boolean[] hint,
            Duration timeLimit,
            int workers,
            @Nullable Long maxTotalAfter,
            int @Nullable [] maxEach) {
        load();
        var model = new CpModel();
        int n = in.size();
        int years = perYear == null ? 1 : in.years;
        var start = new BoolVar[n][years];
        var selected = new LinearExpr[n];
        var costTerms = new ArrayList<LinearArgument>();
        var costCoefs = new ArrayList<Long>();
        for (int i = 0; i < n; i++) {
            var b = LinearExpr.newBuilder();
            for (int t = 0; t < years; t++) {
                start[i][t] = model.newBoolVar("x" + i + "_" + t);
                b.add(start[i][t]);
                costTerms.add(start[i][t]);
                costCoefs.add(perYear == null ? in.cost[i][0] : in.cost[i][t]);
            }
            selected[i] = b.build();
            if (years > 1) model.addLessOrEqual(selected[i], 1);
        }
        for (int i = 0; i < n; i++) {
            for (int p : in.requires[i]) {
                for (int t = 0; t < years; t++) {
                    // started by year t => the prerequisite started by year t
                    var mine = LinearExpr.newBuilder();
                    var theirs = LinearExpr.newBuilder();
                    for (int u = 0; u <= t; u++) {
                        mine.add(start[i][u]);
                        theirs.add(start[p][u]);
                    }
                    if (years == 1) {
                        model.addImplication(start[i][0], start[p][0]);
                    } else {
                        model.addLessOrEqual(mine.build(), theirs.build());
                    }
                }
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
        var after = LinearExpr.newBuilder();
        long constant = 0;
        for (int s = 0; s < in.scenarios(); s++) {
            if (in.reducers[s].length == 0) {
                constant += in.scoreBefore(s);
                continue;
            }
            int l0 = in.likelihood[s];
            int c0 = in.consequence[s];
            var sumL = reductions(in.reducers[s], in.likelihoodCut[s], selected);
            var sumC = reductions(in.reducers[s], in.consequenceCut[s], selected);
            int maxL = (int) Math.min(l0 - 1, total(in.likelihoodCut[s]));
            int maxC = (int) Math.min(c0 - 1, total(in.consequenceCut[s]));
            // one literal per reachable cell (levels cut in consequence a, in likelihood b): exactly one holds, the
            // cuts it stands for are covered by the selected reductions, and the score is that cell's. Its linear
            // relaxation is the convex hull of the cells, much tighter than an element constraint on an index.
            // the hint is complete (countermeasures and cells), so the search starts from it
            int[] hintCut = hint == null ? null : cutsOf(in, s, hint, maxC, maxL);
            var cells = new ArrayList<Literal>();
            var scores = new ArrayList<Long>();
            var a = LinearExpr.newBuilder();
            var b = LinearExpr.newBuilder();
            for (int cutC = 0; cutC <= maxC; cutC++) {
                for (int cutL = 0; cutL <= maxL; cutL++) {
                    var cell = model.newBoolVar("s" + s + "c" + cutC + "l" + cutL);
                    if (hintCut != null) model.addHint(cell, cutC == hintCut[0] && cutL == hintCut[1]);
                    cells.add(cell);
                    scores.add((long) matrix.score(c0 - cutC, l0 - cutL));
                    a.addTerm(cell, cutC);
                    b.addTerm(cell, cutL);
                }
            }
            model.addExactlyOne(cells);
            if (maxC > 0) model.addLessOrEqual(a.build(), sumC);
            if (maxL > 0) model.addLessOrEqual(b.build(), sumL);
            // Cutting k levels or more needs reductions worth k, and a reduction counts for at most k of them:
            // k * [cut >= k] <= sum of min(k, reduction) over the selected. Valid for every plan, and it stops the
            // linear relaxation from buying a whole level with half of a two-level countermeasure.
            for (int k = 2; k <= maxC; k++) {
                atLeast(model, cells, maxL, k, true, in.reducers[s], in.consequenceCut[s], selected);
            }
            for (int k = 2; k <= maxL; k++) {
                atLeast(model, cells, maxL, k, false, in.reducers[s], in.likelihoodCut[s], selected);
            }
            if (maxC > 0) atLeast(model, cells, maxL, 1, true, in.reducers[s], in.consequenceCut[s], selected);
            if (maxL > 0) atLeast(model, cells, maxL, 1, false, in.reducers[s], in.likelihoodCut[s], selected);
            var score = LinearExpr.weightedSum(
                    cells.toArray(Literal[]::new),
                    scores.stream().mapToLong(Long::longValue).toArray());
            if (maxEach != null) model.addLessOrEqual(score, maxEach[s]);
            after.add(score);
        }
        var objective = after.build();
        if (maxTotalAfter != null || maxEach != null) {
            if (maxTotalAfter != null) model.addLessOrEqual(objective, maxTotalAfter - constant);
            model.minimize(LinearExpr.weightedSum(
                    costTerms.toArray(LinearArgument[]::new),
                    costCoefs.stream().mapToLong(Long::longValue).toArray()));
        } else {
            model.minimize(objective);
        }
        if (hint != null) {
            for (int i = 0; i < n; i++) {
                for (int t = 0; t < years; t++) model.addHint(start[i][t], hint[i] && t == 0);
            }
        }
        var solver = new CpSolver();
        solver.getParameters()
                .setMaxTimeInSeconds(Math.max(0.05, timeLimit.toMillis() / 1000.0))
                .setNumWorkers(Math.max(1, workers))
                .setRandomSeed(1)
                .setLinearizationLevel(2)
                // -Dzonewarden.solver.log=true prints the solver's search log on standard error, for tuning
                .setLogSearchProgress(Boolean.getBoolean("zonewarden.solver.log"));
        var status = solver.solve(model);
        boolean feasible = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        var chosen = new boolean[n];
        var year = new int[n];
        if (feasible) {
            for (int i = 0; i < n; i++) {
                year[i] = -1;
                for (int t = 0; t < years; t++) {
                    if (solver.booleanValue(start[i][t])) {
                        chosen[i] = true;
                        year[i] = t;
                    }
                }
            }
        }
        long best = feasible ? Math.round(solver.objectiveValue()) : 0;
        long bound = feasible ? (long) Math.ceil(solver.bestObjectiveBound() - 1e-6) : 0;
        if (maxTotalAfter == null && maxEach == null) {
            best += constant;
            bound += constant;
        }
        return new Result(chosen, year, status == CpSolverStatus.OPTIMAL, feasible, best, bound);
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
