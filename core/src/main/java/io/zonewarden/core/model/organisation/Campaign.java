package io.zonewarden.core.model.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * A push to get a module done: from {@code start} to {@code end} (both included) its audience is asked to complete
 * the modules listed.
 *
 * @param audience who the campaign is for, within each module's own audience; everyone by default, or e.g. only
 *     the people with engineering rights for a half-yearly refresher
 */
public record Campaign(
        String id, String title, List<String> modules, LocalDate start, LocalDate end, Audience audience) {

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
