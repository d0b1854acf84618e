package io.zonewarden.core.model.organisation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A security role (IEC 62443-2-1 ORG 1.3): security lead, OT or IT security officer, plant owner, control engineer,
 * system integrator contact, and the people who hold it.
 *
 * @param holders ids of the people who hold the role; vacant when none of them is active
 */
public record Role(
        String id,
        String title,
        List<String> holders,
        @Nullable String description) {

    public Role {
        if (id.isBlank()) throw new IllegalArgumentException("a role needs an id");
        holders = List.copyOf(holders);
    }
}
