package io.zonewarden.core.model.assessment;

import io.zonewarden.core.catalog.ComponentType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The IEC 62443-4-2 answers for one component (an asset) of a given component type, from which its SL-C per FR is
 * computed.
 *
 * @param answers by canonical CR/RE id ({@code CR 1.1}, {@code EDR 2.13}), in file order
 */
public record ComponentAssessment(ComponentType type, Map<String, Answer> answers) {

    public ComponentAssessment {
        if (!type.isSpecific()) {
            throw new IllegalArgumentException(
                    "a component is of type SAR, EDR, HDR or NDR (IEC 62443-4-2), not " + type);
        }
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
