/**
 * TLS record layer recognition (RFC 8446 section 5.1, RFC 5246 6.2.1) and the server name indication of a
 * ClientHello (RFC 6066 section 3), for inventories: which server names OT hosts reach over TLS.
 */
@NullMarked
package io.zonewarden.capture.dissect.tls;

import org.jspecify.annotations.NullMarked;
