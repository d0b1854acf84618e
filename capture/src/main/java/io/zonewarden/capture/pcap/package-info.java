/**
 * Capture file readers: pcap (microsecond and nanosecond, both byte orders) and pcapng (several sections and
 * interfaces), detected by magic number and read through memory-mapped windows so that files larger than memory work.
 */
@NullMarked
package io.zonewarden.capture.pcap;

import org.jspecify.annotations.NullMarked;
