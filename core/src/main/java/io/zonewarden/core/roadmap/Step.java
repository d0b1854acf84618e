package io.zonewarden.core.roadmap;

/**
 * One countermeasure on the roadmap, in the order of the plan: a point of the curve of risk against money.
 *
 * @param cost what it costs over the plan
 * @param removed the score it removes, given what comes before it
 * @param spent the money spent once it is in place
 * @param scoreAfter the total score once it is in place
 * @param phase the phase it belongs to, from 1
 */
public record Step(String countermeasure, long cost, int removed, long spent, int scoreAfter, int phase) {}
