package io.zonewarden.core.model.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * A security policy or procedure (IEC 62443-2-1 ORG 1.1): its owner, the version in force and when it was approved,
 * how often it is reviewed, what it covers and who must know it.
 *
 * @param owner the id of the role that owns the document
 * @param version the version in force; acknowledgements of any other version are of a superseded one
 * @param approved when the version in force was approved; the next review is due {@code reviewMonths} later
 * @param elements the IEC 62443-2-1:2024 elements it covers (an SPE or group covers everything under it)
 * @param requirements the IEC 62443-3-3 system requirements it covers, e.g. {@code SR 1.13}
 */
public record Document(
        String id,
        String title,
        DocumentKind kind,
        String owner,
        String version,
        LocalDate approved,
        int reviewMonths,
        List<String> elements,
        List<String> requirements,
        Audience audience,
        List<Acknowledgement> acknowledgements) {

    public Document {
        if (reviewMonths < 1) {
            throw new IllegalArgumentException(
                    "document '" + id + "' needs a review interval of at least one month, got " + reviewMonths);
        }
        elements = List.copyOf(elements);
        requirements = List.copyOf(requirements);
        acknowledgements = List.copyOf(acknowledgements);
    }

    /** When the version in force must next be reviewed. */
    public LocalDate reviewDue() {
        return approved.plusMonths(reviewMonths);
    }
}
