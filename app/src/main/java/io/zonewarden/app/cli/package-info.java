/** The command line (picocli). Plain Java: only the serve command starts Spring. */
@NullMarked
package io.zonewarden.app.cli;

import org.jspecify.annotations.NullMarked;
