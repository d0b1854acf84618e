package io.zonewarden.core.model.organisation;

import java.util.List;

/**
 * One row of the RACI table: which roles are responsible, accountable, consulted and informed for one IEC 62443-2-1
 * programme element (a 2024 SPE, requirement group or requirement; a row for a group covers its requirements) or for
 * one zone of the plant.
 *
 * @param subject the element id (e.g. {@code ORG 1}) or the zone id
 * @param accountable the role ids accountable: exactly one is right, the checks report any other count
 */
public record Responsibility(
        Kind kind,
        String subject,
        List<String> accountable,
        List<String> responsible,
        List<String> consulted,
        List<String> informed) {

    /** What a row is about. */
    public enum Kind {
        ELEMENT,
        ZONE
    }

    public Responsibility {
        accountable = List.copyOf(accountable);
        responsible = List.copyOf(responsible);
        consulted = List.copyOf(consulted);
        informed = List.copyOf(informed);
    }
}
