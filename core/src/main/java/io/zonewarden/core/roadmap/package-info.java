/**
 * The roadmap under a budget: the set of countermeasures that removes the most risk (the matrix scores of the
 * scenarios before and after) within the money, with every prerequisite in place, found and proved optimal by the
 * OR-Tools CP-SAT solver, then ordered into phases with the quick wins first. A greedy plan by risk removed per unit
 * of cost is the baseline it is compared with. Use case: {@link io.zonewarden.core.roadmap.PlanRoadmap}.
 */
@NullMarked
package io.zonewarden.core.roadmap;

import org.jspecify.annotations.NullMarked;
