package io.zonewarden.core.roadmap;

/**
 * The baseline a person would reach by hand: repeatedly take the countermeasure (with whatever prerequisites it
 * still lacks) that removes the most risk per unit of cost and still fits the budget, until none removes any. The
 * required countermeasures and their prerequisites are in from the start.
 */
final class Greedy {

    private Greedy() {}

    static boolean[] plan(Instance in, long budget) {
        int n = in.size();
        var selected = in.requiredClosure();
        long spent = 0;
        for (int i = 0; i < n; i++) {
            if (selected[i]) spent += in.cost[i][0];
        }
        while (true) {
            int best = -1;
            double bestRatio = -1;
            long bestCost = 0;
            boolean[] bestBundle = null;
            for (int i = 0; i < n; i++) {
                if (selected[i]) continue;
                var bundle = bundle(in, i, selected);
                long cost = 0;
                for (int j = 0; j < n; j++) {
                    if (bundle[j]) cost += in.cost[j][0];
                }
                if (spent + cost > budget) continue;
                int removed = removed(in, selected, bundle);
                if (removed <= 0) continue;
                double ratio = cost == 0 ? Double.MAX_VALUE : removed / (double) cost;
                if (ratio > bestRatio) {
                    best = i;
                    bestRatio = ratio;
                    bestCost = cost;
                    bestBundle = bundle;
                }
            }
            if (best < 0 || bestBundle == null) return selected;
            for (int j = 0; j < n; j++) {
                if (bestBundle[j]) selected[j] = true;
            }
            spent += bestCost;
        }
    }

    /** Countermeasure i and its prerequisites, transitively, that are not selected yet. */
    static boolean[] bundle(Instance in, int i, boolean[] selected) {
        var bundle = new boolean[in.size()];
        var stack = new java.util.ArrayDeque<Integer>();
        stack.push(i);
        while (!stack.isEmpty()) {
            int j = stack.pop();
            if (bundle[j] || selected[j]) continue;
            bundle[j] = true;
            for (int p : in.requires[j]) stack.push(p);
        }
        return bundle;
    }

    /** The score removed by adding the bundle: only the scenarios it reduces change. */
    static int removed(Instance in, boolean[] selected, boolean[] bundle) {
        var union = selected.clone();
        var touched = new java.util.HashSet<Integer>();
        for (int j = 0; j < union.length; j++) {
            if (bundle[j]) {
                union[j] = true;
                for (int s : in.reduces[j]) touched.add(s);
            }
        }
        int removed = 0;
        for (int s : touched) removed += in.scoreAfter(s, selected) - in.scoreAfter(s, union);
        return removed;
    }

    /**
     * What adding the bundle gains: {scenarios whose safety risk it brings within the tolerable line, scenarios it
     * brings within the line, score removed}, net of any it would push out (none: levels only fall).
     */
    static int[] gains(Instance in, boolean[] selected, boolean[] bundle) {
        var union = selected.clone();
        var touched = new java.util.HashSet<Integer>();
        for (int j = 0; j < union.length; j++) {
            if (bundle[j]) {
                union[j] = true;
                for (int s : in.reduces[j]) touched.add(s);
            }
        }
        var m = in.matrix;
        int safety = 0;
        int tolerable = 0;
        int removed = 0;
        for (int s : touched) {
            int was = in.scoreAfter(s, selected);
            int is = in.scoreAfter(s, union);
            removed += was - is;
            if (!m.tolerable(was) && m.tolerable(is)) tolerable++;
            if (in.safety[s] > 0
                    && !m.tolerable(in.safetyAfter(s, selected))
                    && m.tolerable(in.safetyAfter(s, union))) {
                safety++;
            }
        }
        return new int[] {safety, tolerable, removed};
    }
}
