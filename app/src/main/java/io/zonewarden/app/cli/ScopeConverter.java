package io.zonewarden.app.cli;

import io.zonewarden.core.assessment.Scope;
import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code target} or {@code all}. */
final class ScopeConverter implements CommandLine.ITypeConverter<Scope> {
    @Override
    public Scope convert(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "target" -> Scope.TARGET;
            case "all" -> Scope.ALL;
            default -> throw new CommandLine.TypeConversionException("expected target or all, got '" + value + "'");
        };
    }
}
