package io.zonewarden.core.model.risk;

import java.util.List;

/** The IEC 62443-3-3 requirements (canonical SR and RE ids) a countermeasure satisfies in one zone. */
public record ZoneRequirements(String zone, List<String> requirements) {

    public ZoneRequirements {
        requirements = List.copyOf(requirements);
    }
}
