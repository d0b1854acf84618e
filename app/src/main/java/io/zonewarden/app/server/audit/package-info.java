/**
 * The audit trail: who changed what, when, with the state before and after. Entries are append only and chained:
 * each carries a seal of its own fields and of the entry before it (HMAC-SHA256 with the audit key kept outside the
 * database; plain SHA-256 for entries written before the key existed), so altering, inserting or removing an entry
 * anywhere breaks every seal from there on, and {@link io.zonewarden.app.server.audit.VerifyAuditTrail} names the
 * first broken one. A chain head kept elsewhere also catches removed last entries and a trail started over. Plain
 * JDBC, so {@code zonewarden audit verify} runs without starting the server.
 */
@NullMarked
package io.zonewarden.app.server.audit;

import org.jspecify.annotations.NullMarked;
