package io.zonewarden.core.model;

import java.util.regex.Pattern;

/**
 * The shape of the ids that name plants, assets, zones and conduits: they appear in file references, URLs, rule
 * findings and command lines, so they are plain tokens.
 */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    /** What a valid id looks like, for error messages. */
    public static final String EXPECTED =
            "an id of letters, digits, '.', '_' or '-' starting with a letter or digit (at most 128 characters)";

    private Ids() {}

    public static boolean isValid(String id) {
        return ID.matcher(id).matches();
    }

    /** Returns {@code id}, or throws naming what it is the id of. */
    public static String require(String id, String of) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(of + " id '" + id + "' is not " + EXPECTED);
        }
        return id;
    }
}
