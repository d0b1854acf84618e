/**
 * The plant model: assets, zones, conduits and their allow rules, with the value types they are built from (IP
 * networks, MAC addresses, Purdue levels). Immutable values; a change makes a new value.
 */
@NullMarked
package io.zonewarden.core.model;

import org.jspecify.annotations.NullMarked;
