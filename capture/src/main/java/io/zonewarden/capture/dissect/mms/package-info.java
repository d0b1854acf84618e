/**
 * ISO 9506 MMS as IEC 61850-8-1 carries it over COTP: the ISO session SPDU (ISO 8327), the presentation PDU (ISO
 * 8823) and the MMS PDU tag and confirmed service, enough to count MMS frames and classify services.
 */
@NullMarked
package io.zonewarden.capture.dissect.mms;

import org.jspecify.annotations.NullMarked;
