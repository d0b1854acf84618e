package io.zonewarden.core.model.risk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The validation findings a countermeasure resolves once in place: every finding of a rule (e.g. {@code ZCR-3.3}),
 * or only those of the rule that name one subject (an asset, zone or conduit id). The roadmap reports the error-level
 * findings its plan leaves unresolved, so that a plan that lowers the scores but leaves a zoning error of IEC 62443-3-2
 * ZCR 3 in place says so.
 *
 * @param rule the rule id the findings carry
 * @param subject when given, only findings naming this subject
 */
public record FindingMatch(String rule, @Nullable String subject) {

    public FindingMatch {
        if (rule.isBlank()) throw new IllegalArgumentException("a resolved finding needs its rule id");
    }

    /** True when a finding of {@code findingRule} about {@code subjects} is one of those this matches. */
    public boolean matches(String findingRule, List<String> subjects) {
        return rule.equals(findingRule) && (subject == null || subjects.contains(subject));
    }

    @Override
    public String toString() {
        return subject == null ? rule : rule + " " + subject;
    }
}
