package io.zonewarden.core.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A declared change window: a span of time in which named people may change named assets or zones (program
 * downloads, firmware, restarts). IEC 62443-2-1 asks for managed change of the IACS (configuration and change
 * management) and 62443-3-3 SR 2.8/2.9 for an audit of such events; monitoring judges an engineering operation seen
 * inside a window as the planned change it is, and the same operation outside any window as unplanned.
 *
 * @param who a person id of the organisation section, or free text (a contractor's firm)
 * @param targets asset or zone ids the window covers (the file's {@code assets})
 * @param from the start, inclusive, with its offset as written
 * @param to the end, inclusive; not before {@code from}
 */
public record ChangeWindow(
        String id,
        String who,
        List<String> targets,
        OffsetDateTime from,
        OffsetDateTime to,
        @Nullable String reason) {

    public ChangeWindow {
        targets = List.copyOf(targets);
        if (to.isBefore(from)) throw new IllegalArgumentException("change window " + id + " ends before it starts");
    }

    /** Whether the window is open at this instant. */
    public boolean covers(Instant time) {
        return !time.isBefore(from.toInstant()) && !time.isAfter(to.toInstant());
    }
}
