/**
 * DHCP (RFC 2131 on the BOOTP message of RFC 951, options of RFC 2132): the client's hardware address with the host
 * name (option 12) and vendor class (option 60) it gives, which often name OT devices and their makers.
 */
@NullMarked
package io.zonewarden.capture.dissect.dhcp;

import org.jspecify.annotations.NullMarked;
