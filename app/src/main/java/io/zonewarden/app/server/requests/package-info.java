/**
 * The server's outer edge: what a request may cost before anyone knows who sent it. Request bodies are limited by
 * size (from {@code Content-Length} before reading, by a capped stream otherwise), by time (a minimum data rate) and,
 * before authentication, by how many may be read at once per client address; a refused body is never drained.
 */
@NullMarked
package io.zonewarden.app.server.requests;

import org.jspecify.annotations.NullMarked;
