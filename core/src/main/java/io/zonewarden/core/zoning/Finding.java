package io.zonewarden.core.zoning;

import java.util.List;

/**
 * What a rule found in a plant model.
 *
 * @param rule the rule id, e.g. {@code ZCR-3.3}
 * @param subjects the ids of the assets, zones and conduits it is about, the most specific first
 * @param remedy what the asset owner can do about it
 */
public record Finding(String rule, Severity severity, List<String> subjects, String message, String remedy) {

    public Finding {
        subjects = List.copyOf(subjects);
    }
}
