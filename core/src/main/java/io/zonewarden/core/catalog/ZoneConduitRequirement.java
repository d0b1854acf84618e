package io.zonewarden.core.catalog;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A step of the IEC 62443-3-2:2020 risk assessment process: a zone, conduit and risk requirement ({@code ZCR 1} ..
 * {@code ZCR 7}) or one of its sub-requirements ({@code ZCR 5.6}, "determine the SL-T"). ZCR 3 has six
 * sub-requirements, 3.1 to 3.6; there is no ZCR 3.7.
 *
 * @param id canonical id, {@code "ZCR n"} or {@code "ZCR n.m"}
 * @param parent for a sub-requirement, the id of its step ({@code "ZCR 5"}); empty for a step
 * @param title what to do, in our own words
 * @param output what the step produces, in our own words
 */
public record ZoneConduitRequirement(String id, Optional<String> parent, String title, String output) {

    private static final Pattern ID = Pattern.compile("ZCR ([1-7])(?:\\.([1-9]\\d?))?");

    public ZoneConduitRequirement {
        var matcher = ID.matcher(id);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "expected a ZCR id such as 'ZCR 3' or 'ZCR 3.1' (ZCR 1..7), got '" + id + "'");
        }
        var expectedParent =
                matcher.group(2) == null ? Optional.<String>empty() : Optional.of("ZCR " + matcher.group(1));
        if (!parent.equals(expectedParent)) {
            throw new IllegalArgumentException("the parent of " + id + " must be " + expectedParent.orElse("empty")
                    + ", got " + parent.orElse("empty"));
        }
        if (title.isBlank() || output.isBlank()) {
            throw new IllegalArgumentException(id + " needs both a title and an output");
        }
    }

    /** True for a top-level step, ZCR 1..7. */
    public boolean isStep() {
        return parent.isEmpty();
    }

    /** The step number, 1..7: 5 for both {@code ZCR 5} and {@code ZCR 5.6}. */
    public int step() {
        return id.charAt(4) - '0';
    }
}
