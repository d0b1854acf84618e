/**
 * {@code zonewarden serve}: the web application over the core, capture and monitor modules. Plants, their members
 * and roles, evidence, captures and alerts are kept in a relational database (embedded H2 or PostgreSQL, one set of
 * Flyway migrations); every change is recorded in a hash-chained audit trail.
 *
 * <p>Packages, arrows one way: {@code web} and {@code api} (HTTP) use {@code plant}, {@code capture} and
 * {@code security} (use cases), which use {@code store} (SQL) and {@code audit}.
 */
@NullMarked
package io.zonewarden.app.server;

import org.jspecify.annotations.NullMarked;
