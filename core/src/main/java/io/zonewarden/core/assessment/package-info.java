/**
 * The zero measurement computed from the assessor's answers ({@code io.zonewarden.core.model.assessment}): SL-A
 * per zone and FR, the gap to SL-T, the requirements that block the next level, SL-C of components, capability gaps,
 * the programme profile and the progress since a baseline.
 */
@NullMarked
package io.zonewarden.core.assessment;

import org.jspecify.annotations.NullMarked;
