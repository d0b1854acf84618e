package io.zonewarden.core.roadmap;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import java.time.Duration;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The roadmap as a CP-SAT model. The objective is not linear in the selection (reductions add up but a level stops
 * at 1, and the score is a matrix lookup), so each reduced scenario gets an integer "levels cut" variable bounded by
 * the sum of the selected reductions and by the level minus one, and its score after is an element constraint on the
 * flattened matrix. Since scores never fall as a level rises, the solver always cuts as far as the selection allows.
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
        int nl = matrix.likelihoodLevels();
        int nc = matrix.consequenceLevels();
        long[] flat = new long[nl * nc];
        for (int c = 1; c <= nc; c++) {
            for (int l = 1; l <= nl; l++) flat[(c - 1) * nl + (l - 1)] = matrix.score(c, l);
        }
        var after = LinearExpr.newBuilder();
        long constant = 0;
        for (int s = 0; s < in.scenarios(); s++) {
            if (in.reducers[s].length == 0) {
                constant += in.scoreBefore(s);
                continue;
            }
            int l0 = in.likelihood[s];
            int c0 = in.consequence[s];
            var cutL = cut(model, in.reducers[s], in.likelihoodCut[s], selected, l0 - 1, "l" + s);
            var cutC = cut(model, in.reducers[s], in.consequenceCut[s], selected, c0 - 1, "c" + s);
            long lo = Long.MAX_VALUE;
            long hi = 0;
            for (long v : flat) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            IntVar score = model.newIntVar(lo, hi, "after" + s);
            // index = (c0 - 1 - cutC) * nl + (l0 - 1 - cutL)
            // CP-SAT wants an element index of one variable: name the flattened cell
            var cell = model.newIntVar(0, flat.length - 1, "cell" + s);
            model.addEquality(
                    cell,
                    LinearExpr.newBuilder()
                            .add((long) (c0 - 1) * nl + (l0 - 1))
                            .addTerm(cutC, -nl)
                            .addTerm(cutL, -1)
                            .build());
            model.addElement(cell, flat, score);
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
                .setRandomSeed(1);
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

    /** The levels cut from a scenario: at most the sum of the selected reductions and at most {@code max}. */
    private static LinearArgument cut(
            CpModel model, int[] reducers, int[] cuts, LinearExpr[] selected, int max, String name) {
        var sum = LinearExpr.newBuilder();
        boolean any = false;
        for (int k = 0; k < reducers.length; k++) {
            if (cuts[k] > 0) {
                sum.addTerm(selected[reducers[k]], cuts[k]);
                any = true;
            }
        }
        if (!any || max == 0) return LinearExpr.constant(0);
        var cut = model.newIntVar(0, max, name);
        model.addLessOrEqual(cut, sum.build());
        return cut;
    }
}
