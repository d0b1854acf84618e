/**
 * Link, network and transport decoding: Ethernet (802.1Q, QinQ, LLC/SNAP), Linux cooked SLL and SLL2, raw IP, BSD
 * loopback; IPv4 with bounded fragment reassembly, IPv6 with extension headers, ARP, ICMP, TCP and UDP. One mutable
 * {@link io.zonewarden.capture.link.Packet} is reused for every frame, so decoding allocates nothing.
 */
@NullMarked
package io.zonewarden.capture.link;

import org.jspecify.annotations.NullMarked;
