/**
 * ISO transport over TCP: TPKT (RFC 1006 section 6) and COTP (ISO 8073 / X.224 class 0) on port 102, the carrier of
 * S7comm, S7comm-plus and MMS.
 */
@NullMarked
package io.zonewarden.capture.dissect.cotp;

import org.jspecify.annotations.NullMarked;
