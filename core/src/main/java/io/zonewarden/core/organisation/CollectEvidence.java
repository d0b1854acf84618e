package io.zonewarden.core.organisation;

import io.zonewarden.core.model.organisation.Organisation;
import io.zonewarden.core.model.organisation.Responsibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the organisation section shows for the IEC 62443-2-1:2024 elements on organisation, policy and awareness, as
 * evidence for the programme assessment: each policy or procedure for the elements it covers, the roles and RACI
 * table for ORG 1.3, and the awareness programme for ORG 1.4 (everyone) and ORG 1.5 (modules for security roles).
 */
public final class CollectEvidence {

    static final String POLICY_ELEMENT = "ORG 1.1";
    static final String ROLES_ELEMENT = "ORG 1.3";
    static final String AWARENESS_ELEMENT = "ORG 1.4";
    static final String DUTIES_ELEMENT = "ORG 1.5";

    private CollectEvidence() {}

    public static List<ProgrammeEvidence> of(Organisation organisation, LocalDate asOf) {
        var evidence = new ArrayList<ProgrammeEvidence>();
        for (var document : organisation.documents()) {
            var line = document.kind() + " '" + document.title() + "' version " + document.version() + ", approved "
                    + document.approved() + ", review due " + document.reviewDue()
                    + (document.reviewDue().isBefore(asOf) ? " (overdue)" : "");
            if (!document.elements().contains(POLICY_ELEMENT)) {
                evidence.add(new ProgrammeEvidence(POLICY_ELEMENT, document.id(), line));
            }
            for (var element : document.elements()) {
                evidence.add(new ProgrammeEvidence(element, document.id(), line));
            }
        }
        if (!organisation.roles().isEmpty()) {
            long held = organisation.roles().stream()
                    .filter(r -> !CheckOrganisation.activeHolders(organisation, r, asOf)
                            .isEmpty())
                    .count();
            long elementRows = organisation.raci().stream()
                    .filter(r -> r.kind() == Responsibility.Kind.ELEMENT)
                    .count();
            long zoneRows = organisation.raci().size() - elementRows;
            evidence.add(new ProgrammeEvidence(
                    ROLES_ELEMENT,
                    "roles",
                    organisation.roles().size() + " security roles, " + held + " held; RACI table with " + elementRows
                            + " programme element rows and " + zoneRows + " zone rows"));
        }
        if (!organisation.awareness().modules().isEmpty()) {
            var dues = new AssessAwareness(organisation).dues(asOf, 0);
            for (var module : organisation.awareness().modules()) {
                var forModule =
                        dues.stream().filter(d -> d.module().equals(module)).toList();
                long current = forModule.stream()
                        .filter(d -> d.status() != AwarenessStatus.OVERDUE)
                        .count();
                var element = module.audience().roles().isEmpty() ? AWARENESS_ELEMENT : DUTIES_ELEMENT;
                evidence.add(new ProgrammeEvidence(
                        element,
                        "awareness",
                        "module '" + module.title() + "' every " + module.refresherMonths() + " months: " + current
                                + " of " + forModule.size() + " people current on " + asOf));
            }
        }
        return evidence;
    }
}
