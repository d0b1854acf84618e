package io.zonewarden.bench;

import io.zonewarden.core.roadmap.PlanRoadmap;
import io.zonewarden.core.roadmap.RoadmapOptions;
import java.time.Duration;
import java.util.Locale;

/**
 * The roadmap figures the issue asks for: on generated plants of 300 countermeasures and 1,000 scenarios (or the
 * sizes given), the wall time of a plan, whether it is proved optimal or how far from optimal it may be, and how
 * much more risk it removes than picking by ratio. Run with {@code bench/run-roadmap-benchmark.sh}.
 *
 * <p>Arguments: countermeasures, scenarios, number of seeds, budget fraction, solver threads, scenarios each
 * countermeasure lowers at most (default 300 1000 5 0.25, the processors up to 8, 15).
 */
public final class RoadmapFigures {

    private RoadmapFigures() {}

    public static void main(String[] args) {
        int countermeasures = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int scenarios = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int seeds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        double fraction = args.length > 3 ? Double.parseDouble(args[3]) : 0.25;
        int workers = args.length > 4
                ? Integer.parseInt(args[4])
                : RoadmapOptions.of(0).workers();
        int reach = args.length > 5 ? Integer.parseInt(args[5]) : 15;
        // the solver's native library loads once per JVM: a small plan first so that no figure pays for it
        PlanRoadmap.plan(RiskGenerator.generate(5, 10, 0), 1_000);
        System.out.printf(
                Locale.ROOT,
                "%d countermeasures (each lowering up to %d scenarios), %d scenarios, budget %.0f%% of the total, %d"
                        + " solver threads%n",
                countermeasures,
                reach,
                scenarios,
                fraction * 100,
                workers);
        System.out.printf(
                Locale.ROOT,
                "%-5s %9s %9s %12s %10s %8s %9s %7s %8s %8s %9s %8s%n",
                "seed",
                "safety",
                "intol",
                "budget",
                "selected",
                "before",
                "after",
                "bound",
                "optimal",
                "gap",
                "greedy",
                "seconds");
        for (int seed = 1; seed <= seeds; seed++) {
            var plant = RiskGenerator.generate(countermeasures, scenarios, reach, seed);
            long budget = Math.round(RiskGenerator.quarterBudget(plant) * 4 * fraction);
            long started = System.nanoTime();
            var roadmap =
                    PlanRoadmap.plan(plant, new RoadmapOptions(budget, 1, null, 3, Duration.ofSeconds(9), workers));
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "%-5d %9s %9s %12d %10d %8d %9d %7d %8s %7.3f%% %9d %8.2f%n",
                    seed,
                    roadmap.safetyIntolerableBefore() + "->" + roadmap.safetyIntolerableAfter(),
                    roadmap.intolerableBefore() + "->" + roadmap.intolerableAfter(),
                    budget,
                    roadmap.selected().size(),
                    roadmap.scoreBefore(),
                    roadmap.scoreAfter(),
                    roadmap.bound(),
                    roadmap.optimal(),
                    100 * roadmap.gap(),
                    roadmap.scoreBefore() - roadmap.greedyScoreAfter(),
                    seconds);
        }
        System.out.println("safety, intol: scenarios whose safety risk, whose risk is above the tolerable line, now"
                + " -> with the plan (ranked first and second);");
        System.out.println("after/bound: total score with the plan / lowest total any plan can reach (proved);"
                + " gap: (bound's removal - plan's removal) / plan's removal; greedy: score removed by ratio");
    }
}
