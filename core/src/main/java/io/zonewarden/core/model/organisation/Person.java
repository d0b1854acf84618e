package io.zonewarden.core.model.organisation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Someone who works in or for the plant: staff, or a contractor with access.
 *
 * @param joined the first working day; training and acknowledgements are due from then. Unknown: from the start
 * @param left the day the person left (no longer active from that day); {@code null} while active
 * @param rights rights that make the person's awareness refresher more frequent
 */
public record Person(
        String id,
        String name,
        @Nullable String department,
        Discipline discipline,
        @Nullable String email,
        @Nullable LocalDate joined,
        @Nullable LocalDate left,
        Set<AccessRight> rights) {

    public Person {
        if (id.isBlank()) throw new IllegalArgumentException("a person needs an id");
        if (joined != null && left != null && left.isBefore(joined)) {
            throw new IllegalArgumentException("person '" + id + "' left on " + left + ", before joining on " + joined);
        }
        rights = rights.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rights));
    }

    /** Works here on {@code date}: joined on or before it (or no date known) and not yet left. */
    public boolean activeOn(LocalDate date) {
        return (joined == null || !joined.isAfter(date)) && (left == null || left.isAfter(date));
    }

    /** Holds remote-access or engineering rights. */
    public boolean privileged() {
        return !rights.isEmpty();
    }
}
