/**
 * Plants on the server: import and export of the model file, edits of the model (zones, conduits, assets,
 * assessment answers) with optimistic locking and an audit entry each, and the figures the pages show, computed by
 * the core module on the stored model.
 */
@NullMarked
package io.zonewarden.app.server.plant;

import org.jspecify.annotations.NullMarked;
