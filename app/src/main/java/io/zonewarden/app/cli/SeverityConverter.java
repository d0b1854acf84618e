package io.zonewarden.app.cli;

import io.zonewarden.core.zoning.Severity;
import picocli.CommandLine;

/** Reads {@code error}, {@code warning} or {@code info}. */
final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
        return Severity.ofLabel(value.toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new CommandLine.TypeConversionException(
                        "expected one of " + String.join(", ", Severity.labels()) + ", got '" + value + "'"));
    }
}
