/** The ZoneWarden application: command line and, with serve, the web application. */
@NullMarked
package io.zonewarden.app;

import org.jspecify.annotations.NullMarked;
