package io.zonewarden.core.assessment;

import io.zonewarden.core.catalog.SecurityLevelVector;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What moved in one zone between a baseline (the zero measurement) and now.
 *
 * @param before SL-A in the baseline, {@code null} when the zone is new
 * @param after SL-A now, {@code null} when the zone is gone
 * @param newlyMet requirements met now and not in the baseline
 * @param lost requirements met in the baseline and not now
 */
public record ZoneProgress(
        String zone,
        @Nullable SecurityLevelVector before,
        @Nullable SecurityLevelVector after,
        List<String> newlyMet,
        List<String> lost) {

    public ZoneProgress {
        newlyMet = List.copyOf(newlyMet);
        lost = List.copyOf(lost);
    }

    /** Per FR, SL-A now minus SL-A before (a zone that is new or gone counts from or to 0). */
    public int[] delta() {
        int[] a = after == null ? new int[7] : after.toArray();
        int[] b = before == null ? new int[7] : before.toArray();
        int[] d = new int[7];
        for (int i = 0; i < 7; i++) d[i] = a[i] - b[i];
        return d;
    }

    public boolean changed() {
        return !newlyMet.isEmpty()
                || !lost.isEmpty()
                || java.util.Arrays.stream(delta()).anyMatch(x -> x != 0);
    }
}
