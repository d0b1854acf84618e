package io.zonewarden.app.server.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Formatting the templates use as {@code @fmt}. Times are shown in UTC, the way plant logs are compared. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String time(@Nullable Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    public String exact(@Nullable Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }

    /** 1536 -> "1.5 KiB". */
    public String bytes(long bytes) {
        if (bytes < 1024) return bytes + " B";
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** The CSS class of a progress bar: p0, p10, ... p100. */
    public String progress(double fraction) {
        int tens = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 10);
        return "p" + tens * 10;
    }
}
