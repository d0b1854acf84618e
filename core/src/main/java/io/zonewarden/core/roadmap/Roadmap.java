package io.zonewarden.core.roadmap;

import io.zonewarden.core.zoning.Finding;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The plan: the countermeasures chosen within the budget, ordered into phases, with the curve of risk against money,
 * what the budget cannot reach and how the plan compares with picking by ratio alone.
 *
 * @param selected the chosen countermeasure ids, in plan order
 * @param cost what they cost over the plan
 * @param scoreBefore the total score of all scenarios now (after the existing countermeasures)
 * @param scoreAfter the total score with the plan in place
 * @param optimal true when the solver proved the plan best in every term of the ranking (see {@link PlanRoadmap})
 * @param bound the lowest total score any plan within the budget with as few intolerable scenarios can reach, as far
 *     as the solver proved
 * @param steps the plan in order: the curve of risk against money
 * @param greedySelected the baseline plan by risk removed per unit cost
 * @param greedyScoreAfter the baseline's total score after
 * @param unreached scenarios still above the tolerable line
 * @param costToTolerable the least money that brings every scenario that can be brought below the line there;
 *     {@code null} when the solver did not find it in time
 * @param notSelected countermeasures left out that would still remove risk on their own
 * @param safetyIntolerableBefore scenarios whose safety risk is above the tolerable line now
 * @param safetyIntolerableAfter the same with the plan in place: what the plan makes smallest first
 * @param intolerableBefore scenarios whose risk is above the tolerable line now
 * @param intolerableAfter the same with the plan in place: what the plan makes smallest next
 * @param required the countermeasures every plan must hold, and so this one
 * @param unresolved the error-level findings of validation that the plan's countermeasures do not resolve
 * @param resolved the error-level findings they do resolve
 * @param zones per zone, SL-A now and once the plan's countermeasures satisfy their requirements
 */
public record Roadmap(
        List<String> selected,
        long cost,
        int scoreBefore,
        int scoreAfter,
        boolean optimal,
        int bound,
        List<Phase> phases,
        List<Step> steps,
        List<String> greedySelected,
        long greedyCost,
        int greedyScoreAfter,
        List<Unreached> unreached,
        @Nullable Long costToTolerable,
        List<String> notSelected,
        long budget,
        int years,
        double seconds,
        int safetyIntolerableBefore,
        int safetyIntolerableAfter,
        int intolerableBefore,
        int intolerableAfter,
        List<String> required,
        List<Finding> unresolved,
        List<Finding> resolved,
        List<ZoneOutcome> zones) {

    public Roadmap {
        selected = List.copyOf(selected);
        phases = List.copyOf(phases);
        steps = List.copyOf(steps);
        greedySelected = List.copyOf(greedySelected);
        unreached = List.copyOf(unreached);
        notSelected = List.copyOf(notSelected);
        required = List.copyOf(required);
        unresolved = List.copyOf(unresolved);
        resolved = List.copyOf(resolved);
        zones = List.copyOf(zones);
    }

    public int removed() {
        return scoreBefore - scoreAfter;
    }

    public int greedyRemoved() {
        return scoreBefore - greedyScoreAfter;
    }

    /** How far from optimal the plan may be, as a fraction of the score it removes: 0 when proved optimal. */
    public double gap() {
        int best = scoreBefore - bound;
        return removed() == 0 ? (best == 0 ? 0 : 1) : Math.max(0, (best - removed()) / (double) removed());
    }
}
