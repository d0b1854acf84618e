package io.zonewarden.core.model.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * A push to get a module done: from {@code start} to {@code end} (both included) its audience is asked to complete
 * the modules listed.
 */
public record Campaign(String id, String title, List<String> modules, LocalDate start, LocalDate end) {

    public Campaign {
        modules = List.copyOf(modules);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(
                    "campaign '" + id + "' ends on " + end + ", before it starts on " + start);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
