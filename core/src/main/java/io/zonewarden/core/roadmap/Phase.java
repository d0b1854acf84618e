package io.zonewarden.core.roadmap;

import java.util.List;

/**
 * A phase of the roadmap: the countermeasures to put in place in it, in order.
 *
 * @param number 1 for the first phase (the quick wins)
 * @param cost what the phase's countermeasures cost over the plan
 * @param removed the score the phase removes
 * @param scoreAfter the total score once the phase is done
 */
public record Phase(int number, List<String> countermeasures, long cost, int removed, int scoreAfter) {

    public Phase {
        countermeasures = List.copyOf(countermeasures);
    }
}
