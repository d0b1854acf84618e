/**
 * Conduit policy: every observed flow mapped onto the plant model (address to asset to zone) and judged against the
 * zone's allow rules (inside a zone) or the conduit's (between zones), IEC 62443-3-3 SR 5.1 and SR 5.2.
 */
@NullMarked
package io.zonewarden.monitor.policy;

import org.jspecify.annotations.NullMarked;
