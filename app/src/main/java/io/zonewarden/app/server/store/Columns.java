package io.zonewarden.app.server.store;

import org.jspecify.annotations.Nullable;

/** Texts cut to the width of their column (V1__server.sql), so a long value is shortened, never refused. */
final class Columns {

    private Columns() {}

    static @Nullable String cut(@Nullable String text, int width) {
        if (text == null || text.length() <= width) return text;
        return text.substring(0, width - 1) + "…";
    }
}
