/**
 * The flow table: one {@link io.zonewarden.capture.flow.Flow} per 5-tuple (or MAC pair and EtherType for layer-2
 * protocols) with counters each way, the application protocol, function codes seen and violations, plus the
 * per-direction TCP reassembly state. Open addressing on primitive keys: a lookup allocates nothing.
 */
@NullMarked
package io.zonewarden.capture.flow;

import org.jspecify.annotations.NullMarked;
