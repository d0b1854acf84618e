/**
 * DNP3 (IEEE 1815-2012) over TCP and UDP port 20000: data link layer frames with CRC checks (clause 9), transport
 * function reassembly (clause 8) and application layer function codes (clause 4.2.2.5).
 */
@NullMarked
package io.zonewarden.capture.dissect.dnp3;

import org.jspecify.annotations.NullMarked;
