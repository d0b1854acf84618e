/**
 * Link-layer discovery: LLDP (IEEE 802.1AB clause 8, EtherType 0x88cc) and Cisco Discovery Protocol (LLC/SNAP
 * 00000c/2000) announcements, for the names and platforms switches and devices give themselves.
 */
@NullMarked
package io.zonewarden.capture.dissect.lldp;

import org.jspecify.annotations.NullMarked;
