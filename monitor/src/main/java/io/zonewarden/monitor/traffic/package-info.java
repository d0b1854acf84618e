/**
 * A traffic generator: pcap files for a plant model, with the normal traffic its allow rules describe and chosen
 * attacks, for end-to-end tests, demonstrations and benchmarks.
 */
@NullMarked
package io.zonewarden.monitor.traffic;

import org.jspecify.annotations.NullMarked;
