package io.zonewarden.app.server.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change.
 *
 * @param seq position in the chain, from 1
 * @param at when, to the millisecond (what both databases keep exactly)
 * @param actor the account that made the change
 * @param plantId the plant's row id; null for changes outside any plant, and for entries of a plant that was
 *     deleted before row ids were recorded
 * @param plant the plant's slug; null for changes outside any plant (accounts)
 * @param action what was done, e.g. {@code assessment.answer}
 * @param target what it was done to, e.g. {@code zone bpcs / SR 1.1}
 * @param before the state before, in words or YAML; null when the target did not exist
 * @param after the state after; null when the target was removed
 * @param version how the entry is sealed: {@link AuditChain#PLAIN} or {@link AuditChain#KEYED}
 */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        @Nullable Long plantId,
        @Nullable String plant,
        String action,
        String target,
        @Nullable String before,
        @Nullable String after,
        String previousHash,
        String hash,
        int version) {}
