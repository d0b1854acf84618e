/**
 * The REST API under {@code /api/v1}: JSON (the model file itself as YAML), HTTP Basic, RFC 9457 problem details
 * for every error, pages for lists, and the plant's version as an entity tag for optimistic locking (writes send
 * {@code If-Match}). Described by OpenAPI at {@code /api/v1/openapi.json}.
 */
@NullMarked
package io.zonewarden.app.server.api;

import org.jspecify.annotations.NullMarked;
