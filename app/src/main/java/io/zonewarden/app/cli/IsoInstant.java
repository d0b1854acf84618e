package io.zonewarden.app.cli;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link Instant#toString()} without the formatter machinery: a capture's JSON has two instants per flow, and
 * {@code DateTimeFormatter.ISO_INSTANT} costs about a microsecond each before the JIT has caught up with it.
 */
final class IsoInstant {
    private static final long SECONDS_PER_DAY = 86_400;
    /** 10000-01-01T00:00:00Z: from here on ISO 8601 needs a sign and more year digits; left to the JDK. */
    private static final long YEAR_10000 = 253_402_300_800L;

    private IsoInstant() {}

    /** The same text as {@code instant.toString()}: {@code 2024-05-01T10:00:00.123Z}, fraction in groups of three. */
    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds >= YEAR_10000) {
            return instant.toString();
        }
        var date = LocalDate.ofEpochDay(seconds / SECONDS_PER_DAY);
        int secondOfDay = (int) (seconds % SECONDS_PER_DAY);
        int nanos = instant.getNano();
        var text = new char[30];
        int n = digits(text, 0, date.getYear(), 4);
        text[n++] = '-';
        n = digits(text, n, date.getMonthValue(), 2);
        text[n++] = '-';
        n = digits(text, n, date.getDayOfMonth(), 2);
        text[n++] = 'T';
        n = digits(text, n, secondOfDay / 3600, 2);
        text[n++] = ':';
        n = digits(text, n, secondOfDay / 60 % 60, 2);
        text[n++] = ':';
        n = digits(text, n, secondOfDay % 60, 2);
        if (nanos != 0) {
            text[n++] = '.';
            if (nanos % 1_000_000 == 0) {
                n = digits(text, n, nanos / 1_000_000, 3);
            } else if (nanos % 1000 == 0) {
                n = digits(text, n, nanos / 1000, 6);
            } else {
                n = digits(text, n, nanos, 9);
            }
        }
        text[n++] = 'Z';
        return new String(text, 0, n);
    }

    /** Writes {@code value} as exactly {@code width} decimal digits, zero-padded. */
    private static int digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
