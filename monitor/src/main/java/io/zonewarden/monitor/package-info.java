/** Judges what the capture engine observed against the plant model. Plain Java. */
@NullMarked
package io.zonewarden.monitor;

import org.jspecify.annotations.NullMarked;
