package io.zonewarden.core.model.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A record that a person completed an awareness module on a day, with the score when the platform gives one. */
public record Completion(
        String person,
        String module,
        LocalDate date,
        @Nullable Integer score) {

    public Completion {
        if (score != null && (score < 0 || score > 100)) {
            throw new IllegalArgumentException("a score is 0..100, got " + score);
        }
    }
}
