package io.zonewarden.core.roadmap;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How to plan.
 *
 * @param budget the money available over the whole plan
 * @param years how many years the plan covers: each countermeasure costs its one-off cost plus its yearly cost for
 *     each year it is in place
 * @param budgetPerYear when given, what may be spent in each year (one-off costs of what starts that year and
 *     yearly costs of what runs); phases are then the years
 * @param phases how many phases to split a plan without a per-year budget into
 * @param timeLimit how long the solver may search; the result says whether it proved the plan optimal
 * @param workers solver threads
 */
public record RoadmapOptions(
        long budget, int years, @Nullable Long budgetPerYear, int phases, Duration timeLimit, int workers) {

    public RoadmapOptions {
        if (budget < 0) throw new IllegalArgumentException("budget must not be negative, got " + budget);
        if (years < 1) throw new IllegalArgumentException("years must be at least 1, got " + years);
        if (budgetPerYear != null && budgetPerYear < 0) {
            throw new IllegalArgumentException("budget per year must not be negative, got " + budgetPerYear);
        }
        if (phases < 1) throw new IllegalArgumentException("phases must be at least 1, got " + phases);
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive, got " + timeLimit);
        }
        if (workers < 1) throw new IllegalArgumentException("workers must be at least 1, got " + workers);
    }

    /**
     * A budget over one year, three phases, ten seconds, eight solver workers. Eight even on two cores: CP-SAT's
     * portfolio (LP-based, core-based, local search, LNS) is what proves optimality; on the benchmark's 300
     * countermeasures and 1,000 scenarios two workers left a 12-14 % gap after 9 s where eight prove the optimum.
     */
    public static RoadmapOptions of(long budget) {
        return new RoadmapOptions(budget, 1, null, 3, Duration.ofSeconds(10), 8);
    }

    public RoadmapOptions withYears(int newYears, @Nullable Long newBudgetPerYear) {
        return new RoadmapOptions(budget, newYears, newBudgetPerYear, phases, timeLimit, workers);
    }

    public RoadmapOptions withTimeLimit(Duration newTimeLimit) {
        return new RoadmapOptions(budget, years, budgetPerYear, phases, newTimeLimit, workers);
    }

    public RoadmapOptions withPhases(int newPhases) {
        return new RoadmapOptions(budget, years, budgetPerYear, newPhases, timeLimit, workers);
    }
}
