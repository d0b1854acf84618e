/**
 * The people-and-organisation part of the plant model (IEC 62443-2-1 SPE 1): people, security roles and their RACI
 * table, policies and procedures with their acknowledgements, and the awareness programme with its completion
 * records. Plain immutable values, as read from the model file's {@code organisation:} section; the checks and the
 * awareness computations over them live in {@code io.zonewarden.core.organisation}.
 */
@NullMarked
package io.zonewarden.core.model.organisation;

import org.jspecify.annotations.NullMarked;
