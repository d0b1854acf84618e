package io.zonewarden.core.organisation;

import java.time.LocalDate;

/** The programme-wide awareness coverage on one day in the past. */
public record TrendPoint(LocalDate date, int required, int current) {

    /** Current pairs in percent, rounded down; 100 when nothing is required. */
    public int percent() {
        return required == 0 ? 100 : (int) (100L * current / required);
    }
}
