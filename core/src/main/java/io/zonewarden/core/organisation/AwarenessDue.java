package io.zonewarden.core.organisation;

import io.zonewarden.core.model.organisation.AwarenessModule;
import io.zonewarden.core.model.organisation.Person;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One person's standing with one module: when they last passed it, when it is next due and what that means on the
 * day of the report.
 *
 * @param lastCompleted the last passing completion on or before the report day; {@code null} if never
 * @param intervalMonths the refresher interval that applies to this person
 * @param daysOverdue days past the due date (0 unless overdue)
 */
public record AwarenessDue(
        Person person,
        AwarenessModule module,
        @Nullable LocalDate lastCompleted,
        LocalDate due,
        int intervalMonths,
        AwarenessStatus status,
        long daysOverdue) {}
