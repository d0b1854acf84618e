/**
 * What an assessor records in the plant model file's {@code assessment} section: answers per zone to IEC 62443-3-3,
 * per component to 62443-4-2, and maturity ratings per IEC 62443-2-1 programme element, with their evidence. The
 * computations on them live in {@code io.zonewarden.core.assessment}.
 */
@NullMarked
package io.zonewarden.core.model.assessment;

import org.jspecify.annotations.NullMarked;
