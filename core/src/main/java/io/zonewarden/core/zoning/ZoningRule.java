package io.zonewarden.core.zoning;

import io.zonewarden.core.model.Plant;
import java.util.List;
import java.util.function.Function;

/**
 * One named partitioning rule: a value in the list {@link ZoningRules#ALL}, so that a new IEC 62443-3-2 rule is one
 * new entry.
 *
 * @param id the rule id findings carry, e.g. {@code ZCR-3.2}
 * @param summary what the rule asks for, in one line
 */
public record ZoningRule(String id, String summary, Function<Plant, List<Finding>> check) {

    public List<Finding> apply(Plant plant) {
        return check.apply(plant);
    }
}
