/**
 * BACnet/IP on UDP 47808 (ASHRAE 135 Annex J): BVLC (J.2), NPDU (clause 6.2) and APDU types and services (clause 20),
 * with the device instance of I-Am.
 */
@NullMarked
package io.zonewarden.capture.dissect.bacnet;

import org.jspecify.annotations.NullMarked;
