/**
 * EtherNet/IP encapsulation (CIP Volume 2, chapter 2) on TCP/UDP 44818 and the I/O port UDP 2222, the Common Packet
 * Format (2-6), List Identity replies (2-4.3.3, identity object attributes of CIP Volume 1, 5A-2) and CIP explicit
 * messages (CIP Volume 1, chapter 2-4: service, request path of class/instance/attribute or symbolic segments).
 */
@NullMarked
package io.zonewarden.capture.dissect.enip;

import org.jspecify.annotations.NullMarked;
