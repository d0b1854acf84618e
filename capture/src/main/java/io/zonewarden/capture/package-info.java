/** Capture files, protocol dissectors, flows and the observed inventory. Plain Java; allocates nothing per packet. */
@NullMarked
package io.zonewarden.capture;

import org.jspecify.annotations.NullMarked;
