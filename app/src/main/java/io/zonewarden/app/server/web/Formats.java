package io.zonewarden.app.server.web;

import io.zonewarden.app.server.Uploads;
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

    /**
     * A short tag of an answer as a page showed it ("-" for none). A form sends it back, so that an answer to one
     * requirement can go on top of other people's newer answers to others, and is refused only when this very
     * requirement changed meanwhile.
     */
    public String answerTag(io.zonewarden.core.model.assessment.@Nullable Answer answer) {
        if (answer == null) return "-";
        return Uploads.sha256(answer.toString()).substring(0, 16);
    }

    /** True when a declared SL-T is missing or below the derived one in some FR. */
    public boolean below(
            io.zonewarden.core.catalog.@Nullable SecurityLevelVector declared,
            io.zonewarden.core.catalog.SecurityLevelVector derived) {
        if (declared == null) return true;
        var d = declared.toArray();
        var r = derived.toArray();
        for (int i = 0; i < d.length; i++) {
            if (d[i] < r[i]) return true;
        }
        return false;
    }

    /** The CSS class of a progress bar: p0, p10, ... p100. */
    public String progress(double fraction) {
        int tens = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 10);
        return "p" + tens * 10;
    }
}
