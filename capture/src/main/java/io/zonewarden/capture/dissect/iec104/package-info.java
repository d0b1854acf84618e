/**
 * IEC 60870-5-104 on TCP 2404: APCI (clause 5: start 0x68, length, four control octets, I/S/U formats) and the ASDU
 * data unit identifier of IEC 60870-5-101 clause 7.2 (type id, variable structure qualifier, cause of transmission,
 * common address), with process and system commands told apart from monitoring.
 */
@NullMarked
package io.zonewarden.capture.dissect.iec104;

import org.jspecify.annotations.NullMarked;
