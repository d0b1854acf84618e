/**
 * The observed inventory: assets seen on the wire (IP and MAC addresses, vendor from the IEEE registry, identities
 * announced by the devices themselves) and the compact IEEE OUI registry used to name vendors.
 */
@NullMarked
package io.zonewarden.capture.inventory;

import org.jspecify.annotations.NullMarked;
