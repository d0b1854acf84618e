package io.zonewarden.core.model.assessment;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The maturity of one IEC 62443-2-1 programme element in the organisation behind the plant: ML 1 (initial) to ML 4
 * (improving), or 0 when the element is not in place.
 */
public record ProgrammeRating(
        String element,
        int maturity,
        @Nullable String note,
        List<Evidence> evidence,
        @Nullable String assessor,
        @Nullable LocalDate date) {

    public static final int MAX_MATURITY = 4;

    public ProgrammeRating {
        if (maturity < 0 || maturity > MAX_MATURITY) {
            throw new IllegalArgumentException(element + ": maturity is 0 (not in place) or ML 1..4, got " + maturity);
        }
        evidence = List.copyOf(evidence);
    }
}
