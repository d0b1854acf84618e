/** The IEC 62443 domain of ZoneWarden: catalog, plant model, zoning rules and model files. Plain Java. */
@NullMarked
package io.zonewarden.core;

import org.jspecify.annotations.NullMarked;
