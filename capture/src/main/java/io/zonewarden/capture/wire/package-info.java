/**
 * Byte-level basics shared by every layer: unsigned reads by absolute index with an explicit byte order ({@link
 * io.zonewarden.capture.wire.Wire}) and the catalogue of ways input can be malformed ({@link
 * io.zonewarden.capture.wire.Violation}).
 */
@NullMarked
package io.zonewarden.capture.wire;

import org.jspecify.annotations.NullMarked;
