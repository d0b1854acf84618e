/**
 * The analysis pipeline: frames from the reader are decoded, assigned to flows, reassembled per TCP direction and
 * handed to the dissector of the flow's protocol; per-frame protocol counts, flows and the inventory are updated as
 * they go. One {@link io.zonewarden.capture.engine.Engine} per thread; nothing on its hot path allocates.
 */
@NullMarked
package io.zonewarden.capture.engine;

import org.jspecify.annotations.NullMarked;
