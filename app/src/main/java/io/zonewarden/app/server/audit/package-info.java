/**
 * The audit trail: who changed what, when, with the state before and after. Entries are append only and chained:
 * each carries the SHA-256 of its own fields and of the entry before it, so altering, inserting or removing an
 * entry anywhere breaks every hash from there on, and {@link io.zonewarden.app.server.audit.VerifyAuditTrail} names
 * the first broken one. Plain JDBC, so {@code zonewarden audit verify} runs without starting the server.
 */
@NullMarked
package io.zonewarden.app.server.audit;

import org.jspecify.annotations.NullMarked;
