/**
 * Captures uploaded to a plant: stored on disk by their SHA-256, analysed in the background by the capture module,
 * judged against the plant's conduits by the monitor module, and kept as observed assets, flows and alerts.
 */
@NullMarked
package io.zonewarden.app.server.capture;

import org.jspecify.annotations.NullMarked;
