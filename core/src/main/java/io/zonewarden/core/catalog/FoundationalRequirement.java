package io.zonewarden.core.catalog;

/**
 * The seven foundational requirements of IEC 62443-1-1 and -3-3, in the order of the SL vector (FR1..FR7, as in
 * IEC 62443-3-3 Annex A).
 */
public enum FoundationalRequirement {
    IAC(1, "Identification and authentication control"),
    UC(2, "Use control"),
    SI(3, "System integrity"),
    DC(4, "Data confidentiality"),
    RDF(5, "Restricted data flow"),
    TRE(6, "Timely response to events"),
    RA(7, "Resource availability");

    private static final FoundationalRequirement[] BY_NUMBER = values();

    private final int number;
    private final String title;

    FoundationalRequirement(int number, String title) {
        this.number = number;
        this.title = title;
    }

    /** The FR number, 1..7. */
    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** {@code "FR 1"} .. {@code "FR 7"}. */
    public String id() {
        return "FR " + number;
    }

    /** The FR with the given number, 1..7. */
    public static FoundationalRequirement ofNumber(int number) {
        if (number < 1 || number > BY_NUMBER.length) {
            throw new IllegalArgumentException("foundational requirement number must be 1..7, got " + number);
        }
        return BY_NUMBER[number - 1];
    }
}
