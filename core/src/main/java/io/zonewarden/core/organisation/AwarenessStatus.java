package io.zonewarden.core.organisation;

/** Where a person stands with one awareness module on the day of a report. */
public enum AwarenessStatus {
    /** The due date has passed. */
    OVERDUE("overdue"),
    /** Due today or within the look-ahead window of the report. */
    DUE_SOON("due"),
    /** Done, and not due within the window. */
    CURRENT("current");

    private final String label;

    AwarenessStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
