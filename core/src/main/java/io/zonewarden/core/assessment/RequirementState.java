package io.zonewarden.core.assessment;

import io.zonewarden.core.catalog.SystemRequirement;
import io.zonewarden.core.model.assessment.Answer;
import org.jspecify.annotations.Nullable;

/** One requirement of a zone's scope with the answer given to it, if any. */
public record RequirementState(
        SystemRequirement requirement, @Nullable Answer answer) {

    public boolean isAnswered() {
        return answer != null;
    }

    public boolean isMet() {
        return answer != null && answer.status().meets();
    }

    /** The answer's status label, or {@code unanswered}. */
    public String state() {
        return answer == null ? "unanswered" : answer.status().label();
    }

    /** 1 partial, 2 planned, 3 not implemented, 4 unanswered: the order in which unmet requirements are listed. */
    int distanceToMet() {
        return answer == null ? 4 : answer.status().distanceToMet();
    }
}
