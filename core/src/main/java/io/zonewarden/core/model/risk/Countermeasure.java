package io.zonewarden.core.model.risk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A countermeasure the roadmap can choose: what it costs, what it satisfies and which scenarios it lowers.
 *
 * @param cost the one-off cost (money, in the plant's currency)
 * @param yearlyCost what it costs every year it is in place
 * @param effort person-days of work; {@code null} when not estimated
 * @param requires countermeasures that must be in place first
 * @param required always in the roadmap's plan, whatever it removes: a measure the asset owner has decided on, or
 *     one a regulation or the safety case demands
 * @param resolves the validation findings it resolves once in place
 */
public record Countermeasure(
        String id,
        String name,
        long cost,
        long yearlyCost,
        @Nullable Integer effort,
        List<String> requires,
        List<ZoneRequirements> satisfies,
        List<Reduction> reduces,
        @Nullable String description,
        boolean required,
        List<FindingMatch> resolves) {

    /** A countermeasure that is not required and resolves no finding. */
    public Countermeasure(
            String id,
            String name,
            long cost,
            long yearlyCost,
            @Nullable Integer effort,
            List<String> requires,
            List<ZoneRequirements> satisfies,
            List<Reduction> reduces,
            @Nullable String description) {
        this(id, name, cost, yearlyCost, effort, requires, satisfies, reduces, description, false, List.of());
    }

    public Countermeasure {
        requires = List.copyOf(requires);
        resolves = List.copyOf(resolves);
        satisfies = List.copyOf(satisfies);
        reduces = List.copyOf(reduces);
        if (cost < 0) throw new IllegalArgumentException("countermeasure " + id + " cost is negative: " + cost);
        if (yearlyCost < 0) {
            throw new IllegalArgumentException("countermeasure " + id + " yearlyCost is negative: " + yearlyCost);
        }
        if (effort != null && effort < 0) {
            throw new IllegalArgumentException("countermeasure " + id + " effort is negative: " + effort);
        }
        if (requires.contains(id)) throw new IllegalArgumentException("countermeasure " + id + " requires itself");
    }

    /** A copy that is (or is not) required in every plan. */
    public Countermeasure withRequired(boolean newRequired) {
        return new Countermeasure(
                id, name, cost, yearlyCost, effort, requires, satisfies, reduces, description, newRequired, resolves);
    }

    /** The cost over a plan of {@code years} years: the one-off cost and the yearly cost of each year. */
    public long cost(int years) {
        return Math.addExact(cost, Math.multiplyExact(yearlyCost, (long) years));
    }
}
