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
 * @param verification how the answer was checked, {@code null} when nobody said
 * @param verifiedBy who checked it
 * @param verifiedOn the day it was checked
 */
public record Answer(
        String requirement,
        AnswerStatus status,
        @Nullable String note,
        @Nullable String justification,
        @Nullable String countermeasure,
        List<Evidence> evidence,
        @Nullable String assessor,
        @Nullable LocalDate date,
        @Nullable Verification verification,
        @Nullable String verifiedBy,
        @Nullable LocalDate verifiedOn) {

    /** An answer nobody has said how it was checked. */
    public Answer(
            String requirement,
            AnswerStatus status,
            @Nullable String note,
            @Nullable String justification,
            @Nullable String countermeasure,
            List<Evidence> evidence,
            @Nullable String assessor,
            @Nullable LocalDate date) {
        this(requirement, status, note, justification, countermeasure, evidence, assessor, date, null, null, null);
    }

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
        if (verification == null && (verifiedBy != null || verifiedOn != null)) {
            throw new IllegalArgumentException(requirement
                    + ": verifiedBy and verifiedOn say who checked the answer and when; give verification too ("
                    + String.join(", ", Verification.labels()) + ")");
        }
    }

    /** A bare status, as {@code "SR 1.1": implemented} writes it. */
    public static Answer of(String requirement, AnswerStatus status) {
        return new Answer(requirement, status, null, null, null, List.of(), null, null);
    }

    /** This answer with how it was checked, by whom and when. */
    public Answer verified(@Nullable Verification how, @Nullable String by, @Nullable LocalDate on) {
        return new Answer(
                requirement, status, note, justification, countermeasure, evidence, assessor, date, how, by, on);
    }

    /**
     * This answer, given anew over {@code previous}, checked as {@code how}: the earlier check (who, when) is kept
     * when the status and the method are unchanged, else {@code by} and {@code on} record the new one; a changed
     * status was not what the earlier check saw. {@code how == null} leaves the answer unchecked.
     */
    public Answer checkedAs(
            @Nullable Verification how, @Nullable Answer previous, @Nullable String by, @Nullable LocalDate on) {
        if (how == null) return verified(null, null, null);
        if (previous != null && previous.status == status && previous.verification == how) {
            return verified(how, previous.verifiedBy, previous.verifiedOn);
        }
        return verified(how, by, on);
    }

    /**
     * True when the answer meets its requirement and that was checked well enough to sign: observed or tested, or
     * read in a document the answer names as evidence (the "documented" and "demonstrated" levels of an ISASecure
     * ACSSA). A justified not-applicable answer needs no check of a control that is not there, so it always counts.
     * An interview, a document without evidence, or no verification at all leaves the answer claimed only.
     */
    public boolean meetsVerified() {
        if (!status.meets()) return false;
        if (status == AnswerStatus.NOT_APPLICABLE) return true;
        if (verification == null) return false;
        return switch (verification) {
            case OBSERVATION, TEST -> true;
            case DOCUMENT -> !evidence.isEmpty();
            case INTERVIEW -> false;
        };
    }

    /** True when the answer carries nothing but its status, so it can be written as a bare status. */
    public boolean isBare() {
        return note == null
                && justification == null
                && countermeasure == null
                && evidence.isEmpty()
                && assessor == null
                && date == null
                && verification == null;
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
