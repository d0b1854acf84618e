package io.zonewarden.app.server.api;

import io.zonewarden.app.server.InvalidInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The plant version a write is based on, from {@code If-Match: "7"} or {@code ?version=7}. */
final class Versions {

    private Versions() {}

    static long required(@Nullable String ifMatch, @Nullable Long version) {
        if (version != null) return version;
        if (ifMatch != null) {
            var tag = ifMatch.strip();
            if (tag.startsWith("W/")) tag = tag.substring(2);
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\""))
                tag = tag.substring(1, tag.length() - 1);
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(
                        "If-Match is not a version of this plant",
                        List.of("If-Match: expected the ETag a read returned, such as \"7\"; got " + ifMatch));
            }
        }
        throw new InvalidInputException(
                "a write needs the version it is based on",
                List.of("If-Match: send the ETag of your last read of the plant (or ?version=N), so that a change made"
                        + " meanwhile is not overwritten"),
                428);
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
