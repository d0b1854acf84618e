package io.zonewarden.core.organisation;

/**
 * How much of a group is current with its awareness training: pairs of (person, module) the person must do, and
 * how many of those are not overdue.
 *
 * @param group a department, a discipline label or a module id, depending on the breakdown
 */
public record Coverage(String group, int required, int current) {

    /** Current pairs in percent, rounded down; 100 when nothing is required. */
    public int percent() {
        return required == 0 ? 100 : (int) (100L * current / required);
    }
}
