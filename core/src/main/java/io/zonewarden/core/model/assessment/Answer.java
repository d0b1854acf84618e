package io.zonewarden.core.model.assessment;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An assessor's answer to one requirement (an IEC 62443-3-3 SR/RE for a zone, a 62443-4-2 CR/RE for a component).
 *
 * @param requirement the canonical requirement id, e.g. {@code SR 1.1 RE 1}
 * @param justification why the requirement does not apply ({@code not-applicable}) or why the compensating
 *     countermeasure suffices ({@code compensated})
 * @param countermeasure for {@code compensated}: the compensating countermeasure, by id or name
 */
public record Answer(
        String requirement,
        AnswerStatus status,
        @Nullable String note,
        @Nullable String justification,
        @Nullable String countermeasure,
        List<Evidence> evidence,
        @Nullable String assessor,
        @Nullable LocalDate date) {

    public Answer {
        evidence = List.copyOf(evidence);
        if (status == AnswerStatus.NOT_APPLICABLE && isBlank(justification)) {
            throw new IllegalArgumentException(requirement
                    + ": a not-applicable answer needs a justification (why the requirement does not apply)");
        }
        if (status == AnswerStatus.COMPENSATED) {
            if (isBlank(countermeasure)) {
                throw new IllegalArgumentException(
                        requirement + ": a compensated answer names its compensating countermeasure");
            }
            if (isBlank(justification) && isBlank(note)) {
                throw new IllegalArgumentException(requirement
                        + ": a compensated answer says why the countermeasure suffices (justification or note)");
            }
        }
    }

    /** A bare status, as {@code "SR 1.1": implemented} writes it. */
    public static Answer of(String requirement, AnswerStatus status) {
        return new Answer(requirement, status, null, null, null, List.of(), null, null);
    }

    /** True when the answer carries nothing but its status, so it can be written as a bare status. */
    public boolean isBare() {
        return note == null
                && justification == null
                && countermeasure == null
                && evidence.isEmpty()
                && assessor == null
                && date == null;
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
