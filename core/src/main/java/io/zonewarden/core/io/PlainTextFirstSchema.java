package io.zonewarden.core.io;

import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The YAML 1.2 core schema (so {@code ~} is null and {@code true} a boolean), with a shortcut: a plain scalar that
 * starts with a letter and is not one of the core schema's null or boolean words is text, without running the
 * schema's regular expressions. Most scalars of a plant model are ids and names, so this saves one regex pass per
 * scalar on large models.
 */
final class PlainTextFirstSchema extends CoreSchema {

    static final PlainTextFirstSchema INSTANCE = new PlainTextFirstSchema();

    private final ScalarResolver core = super.getScalarResolver();

    private final ScalarResolver resolver = (value, implicit) -> {
        if (implicit && !value.isEmpty()) {
            char c = value.charAt(0);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            // null, Null, NULL, true, True, TRUE, false, False, FALSE: at most five letters, starting n, t or f
            boolean maybeWord = value.length() <= 5 && "nNtTfF".indexOf(c) >= 0;
            if (letter && !maybeWord) return Tag.STR;
        }
        return core.resolve(value, implicit);
    };

    private PlainTextFirstSchema() {}

    @Override
    public ScalarResolver getScalarResolver() {
        return resolver;
    }
}
