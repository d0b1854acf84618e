package io.zonewarden.app.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Reads a look-ahead such as {@code 30d}, {@code 6w} or a bare number of days. */
final class DaysConverter implements CommandLine.ITypeConverter<Integer> {

    static final int MAX_DAYS = 3660;

    @Override
    public Integer convert(String value) {
        var text = value.strip().toLowerCase(Locale.ROOT);
        int factor = 1;
        if (text.endsWith("d")) {
            text = text.substring(0, text.length() - 1);
        } else if (text.endsWith("w")) {
            text = text.substring(0, text.length() - 1);
            factor = 7;
        }
        try {
            int days = Integer.parseInt(text) * factor;
            if (days >= 0 && days <= MAX_DAYS) return days;
        } catch (NumberFormatException e) {
            // reported below with what is accepted
        }
        throw new CommandLine.TypeConversionException(
                "expected a number of days such as 30d or 6w (0 to " + MAX_DAYS + " days), got '" + value + "'");
    }
}
