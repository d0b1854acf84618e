/**
 * PROFINET DCP (IEC 61158-6-10, clause 4.3, Discovery and basic Configuration Protocol) on EtherType 0x8892: identify,
 * get, set and hello, with the station name and IP parameters of responses.
 */
@NullMarked
package io.zonewarden.capture.dissect.profinet;

import org.jspecify.annotations.NullMarked;
