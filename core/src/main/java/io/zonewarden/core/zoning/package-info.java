/**
 * The partitioning rules of IEC 62443-3-2 ZCR 3 (and the checks that go with them: DMZ bypass, conduit SL-T,
 * SL capability, address plan), each a named value in a list, each finding carrying rule id, severity, subjects,
 * message and remedy.
 */
@NullMarked
package io.zonewarden.core.zoning;

import org.jspecify.annotations.NullMarked;
