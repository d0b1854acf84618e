package io.zonewarden.app.cli;

import java.time.Instant;

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
        var buffer = new Buffer();
        int n = buffer.format(instant);
        return n < 0 ? instant.toString() : new String(buffer.text, 0, n);
    }

    /**
     * A reused buffer for instants' text. It remembers the day whose date it holds: a capture's flows mostly begin
     * and end on the same few days, and the date is then not worked out again.
     */
    static final class Buffer {
        /** The text of the last instant formatted, {@link #format}'s result long. */
        final char[] text = new char[30];
        /** Days since 1970-01-01 whose date {@code text} starts with, or -1. */
        private long day = -1;

        /**
         * Writes the text of {@code IsoInstant.format(instant)} into {@link #text} and returns its length, or -1 for
         * an instant before 1970 or from the year 10000 on, whose text is {@code instant.toString()}'s to make.
         * Nothing is allocated: a large capture writes some 10^5 flows.
         */
        int format(Instant instant) {
            long seconds = instant.getEpochSecond();
            if (seconds < 0 || seconds >= YEAR_10000) {
                return -1;
            }
            long days = seconds / SECONDS_PER_DAY;
            int secondOfDay = (int) (seconds - days * SECONDS_PER_DAY);
            int nanos = instant.getNano();
            if (days != day) {
                date((int) days);
                day = days;
            }
            int n = digits(text, 11, secondOfDay / 3600, 2);
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
            return n;
        }

        /**
         * Writes {@code 2024-05-01T}, the date of {@code days} since 1970-01-01 in the proleptic Gregorian calendar,
         * counting in 400-year eras that start on 1 March (so that the leap day ends a year): H. Hinnant,
         * "chrono-Compatible Low-Level Date Algorithms", civil_from_days. In int arithmetic, which the years up to
         * 9999 allow (z < 3.7 million): in C1-compiled code a long division is a call into the JVM's runtime.
         */
        private void date(int days) {
            int z = days + 719_468;
            int era = z / 146_097;
            int dayOfEra = z - era * 146_097;
            int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
            int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
            int monthIndex = (5 * dayOfYear + 2) / 153; // 0 = March
            int day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
            int month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
            int year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
            int n = digits(text, 0, year, 4);
            text[n++] = '-';
            n = digits(text, n, month, 2);
            text[n++] = '-';
            n = digits(text, n, day, 2);
            text[n] = 'T';
        }
    }

    /**
     * Writes {@code value} as exactly {@code width} decimal digits, zero-padded; two digits per division, since
     * each instant has some twenty of them.
     */
    private static int digits(char[] text, int at, int value, int width) {
        int i = at + width;
        while (i - at >= 2) {
            int quotient = value / 100;
            int pair = 2 * (value - 100 * quotient);
            text[--i] = PAIRS[pair + 1];
            text[--i] = PAIRS[pair];
            value = quotient;
        }
        if (i > at) {
            text[--i] = (char) ('0' + value % 10);
        }
        return at + width;
    }

    /** "00" to "99", the two digits of each number below 100. */
    private static final char[] PAIRS = pairs();

    private static char[] pairs() {
        var pairs = new char[200];
        for (int i = 0; i < 100; i++) {
            pairs[2 * i] = (char) ('0' + i / 10);
            pairs[2 * i + 1] = (char) ('0' + i % 10);
        }
        return pairs;
    }
}
