package io.zonewarden.core.assessment;

import io.zonewarden.core.catalog.ProgrammeElement;
import io.zonewarden.core.model.assessment.ProgrammeRating;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The maturity profile of the security programme against the IEC 62443-2-1:2024 requirements.
 *
 * @param target the maturity level each element should reach
 */
public record ProgrammeProfile(int target, List<Entry> entries) {

    /** One requirement of the programme with its rating; {@code rating == null} when not yet rated. */
    public record Entry(ProgrammeElement element, @Nullable ProgrammeRating rating) {
        /** The rated maturity, 0 when not in place or not rated. */
        public int maturity() {
            return rating == null ? 0 : rating.maturity();
        }
    }

    public ProgrammeProfile {
        entries = List.copyOf(entries);
    }

    /** The elements rated below the target, and those not rated at all. */
    public List<Entry> belowTarget() {
        return entries.stream().filter(e -> e.maturity() < target).toList();
    }

    public long rated() {
        return entries.stream().filter(e -> e.rating() != null).count();
    }
}
