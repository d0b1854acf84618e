package io.zonewarden.app.server.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Instants to and from the database. Both H2 and PostgreSQL take {@link OffsetDateTime} for
 * {@code timestamp with time zone}; times are cut to milliseconds so that what is read back equals what was
 * written (the audit chain hashes them).
 */
public final class Times {

    private Times() {}

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public static @Nullable OffsetDateTime sql(@Nullable Instant instant) {
        return instant == null
                ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    public static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
