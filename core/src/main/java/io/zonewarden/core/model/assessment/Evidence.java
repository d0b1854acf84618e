package io.zonewarden.core.model.assessment;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an answer rests on: a document (title and version), a file with its SHA-256 so an auditor can tell it was
 * not changed, a URL, or an interview note. At least one of them is given.
 */
public record Evidence(
        @Nullable String title,
        @Nullable String version,
        @Nullable String file,
        @Nullable String sha256,
        @Nullable String url,
        @Nullable String note) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Evidence {
        if (title == null && file == null && url == null && note == null) {
            throw new IllegalArgumentException("evidence needs at least a title, a file, a url or a note");
        }
        if (sha256 != null) {
            if (!SHA256.matcher(sha256).matches()) {
                throw new IllegalArgumentException(
                        "sha256 must be 64 lower-case hexadecimal digits, got '" + sha256 + "'");
            }
            if (file == null) {
                throw new IllegalArgumentException("sha256 is the digest of a file: give the file too");
            }
        }
    }

    /** A short line for reports: the title and version, else the file, URL or note. */
    public String describe() {
        if (title != null) return version == null ? title : title + " v" + version;
        if (file != null) return file;
        if (url != null) return url;
        return note == null ? "" : note;
    }
}
