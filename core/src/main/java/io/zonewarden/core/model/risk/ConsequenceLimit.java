package io.zonewarden.core.model.risk;

/**
 * A consequence held down by a safeguard no attacker can disable: in {@code category} the level falls from
 * {@code from} to {@code to} because of {@code safeguard} (LOPA-style credit for an independent layer).
 */
public record ConsequenceLimit(ConsequenceCategory category, int from, int to, String safeguard) {}
