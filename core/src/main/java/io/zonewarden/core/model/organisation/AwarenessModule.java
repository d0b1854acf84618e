package io.zonewarden.core.model.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A security awareness training module (IEC 62443-2-1 ORG 1.4) that its audience repeats periodically, because
 * alertness fades.
 *
 * @param introduced the day the module became mandatory; nobody is due before it
 * @param refresherMonths months between two completions
 * @param privilegedRefresherMonths the shorter interval for people with remote-access or engineering rights;
 *     {@code null}: the same as {@code refresherMonths}
 * @param passScore the lowest score (0-100) that counts as completed; {@code null}: any completion counts
 */
public record AwarenessModule(
        String id,
        String title,
        LocalDate introduced,
        int refresherMonths,
        @Nullable Integer privilegedRefresherMonths,
        @Nullable Integer passScore,
        Audience audience) {

    public AwarenessModule {
        if (refresherMonths < 1 || (privilegedRefresherMonths != null && privilegedRefresherMonths < 1)) {
            throw new IllegalArgumentException("module '" + id + "' needs refresher intervals of at least one month");
        }
    }

    /** The refresher interval in months for {@code person}. */
    public int refresherMonthsFor(Person person) {
        return person.privileged() && privilegedRefresherMonths != null ? privilegedRefresherMonths : refresherMonths;
    }

    /** True when a completion with {@code score} counts. */
    public boolean passes(@Nullable Integer score) {
        return passScore == null || (score != null && score >= passScore);
    }
}
