package io.zonewarden.core.roadmap;

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
 * @param optimal true when the solver proved that no plan within the budget removes more
 * @param bound the lowest total score any plan within the budget can reach, as far as the solver proved
 * @param steps the plan in order: the curve of risk against money
 * @param greedySelected the baseline plan by risk removed per unit cost
 * @param greedyScoreAfter the baseline's total score after
 * @param unreached scenarios still above the tolerable line
 * @param costToTolerable the least money that brings every scenario that can be brought below the line there;
 *     {@code null} when the solver did not find it in time
 * @param notSelected countermeasures left out that would still remove risk on their own
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
        double seconds) {

    public Roadmap {
        selected = List.copyOf(selected);
        phases = List.copyOf(phases);
        steps = List.copyOf(steps);
        greedySelected = List.copyOf(greedySelected);
        unreached = List.copyOf(unreached);
        notSelected = List.copyOf(notSelected);
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
