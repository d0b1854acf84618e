package io.zonewarden.core.roadmap;

import java.util.List;

/**
 * The required countermeasures, with the prerequisites they pull in, do not fit the budget: no plan exists, so none is
 * made up.
 *
 * @see io.zonewarden.core.model.risk.Countermeasure#required()
 */
public final class UnaffordableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> required;
    private final List<String> prerequisites;

    UnaffordableException(String message, List<String> required, List<String> prerequisites) {
        super(message);
        this.required = List.copyOf(required);
        this.prerequisites = List.copyOf(prerequisites);
    }

    /** The required countermeasures. */
    public List<String> required() {
        return required;
    }

    /** The prerequisites they need that are not required themselves. */
    public List<String> prerequisites() {
        return prerequisites;
    }
}
