/**
 * What every protocol dissector shares: the framing contract for TCP byte streams ({@link
 * io.zonewarden.capture.dissect.StreamFraming}) and the sink base type through which violations are reported.
 * Dissectors live in one sub-package per protocol and do not know each other.
 */
@NullMarked
package io.zonewarden.capture.dissect;

import org.jspecify.annotations.NullMarked;
