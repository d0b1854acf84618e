package io.zonewarden.core.organisation;

import io.zonewarden.core.catalog.Catalog;
import io.zonewarden.core.catalog.ProgrammeElement;
import io.zonewarden.core.model.organisation.Acknowledgement;
import io.zonewarden.core.model.organisation.Discipline;
import io.zonewarden.core.model.organisation.Document;
import io.zonewarden.core.model.organisation.Organisation;
import io.zonewarden.core.model.organisation.Person;
import io.zonewarden.core.model.organisation.Responsibility;
import io.zonewarden.core.model.organisation.Role;
import io.zonewarden.core.zoning.CrossChecks;
import io.zonewarden.core.zoning.Finding;
import io.zonewarden.core.zoning.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks a plant's security organisation on a given day: the RACI table, the roles, the policies and procedures,
 * and the awareness programme. Each rule is a small named step; findings carry a rule id, a severity, the ids they
 * are about, a message and a remedy, as the zoning rules' do.
 *
 * <p>Programme elements are those of IEC 62443-2-1:2024 (SPE, requirement group, requirement). A RACI row or a
 * document that names an SPE or a group covers every requirement under it; the most specific row that names an
 * accountable role decides. Where a whole SPE or group lacks something, one finding names it instead of one per
 * requirement.
 */
public final class CheckOrganisation {

    /** Days a person has to acknowledge a new version of a document, or a document after joining. */
    public static final int ACKNOWLEDGE_WITHIN_DAYS = 30;

    private final List<ProgrammeElement> elements;
    private final Map<String, List<ProgrammeElement>> children = new HashMap<>();

    /** Checks against the given programme elements (IEC 62443-2-1:2024, from the catalog). */
    public CheckOrganisation(List<ProgrammeElement> elements) {
        this.elements = List.copyOf(elements);
        for (var element : this.elements) {
            element.parent()
                    .ifPresent(parent -> children.computeIfAbsent(parent, k -> new ArrayList<>())
                            .add(element));
        }
    }

    /** Checks against the catalog's IEC 62443-2-1:2024 structure. */
    public static CheckOrganisation standard() {
        return new CheckOrganisation(Catalog.standard().programmeElements(ProgrammeElement.Edition.ED2_2024));
    }

    /**
     * All findings on {@code asOf}.
     *
     * @param zoneIds the plant's zones: each needs one accountable role in the RACI table
     */
    public List<Finding> check(Organisation organisation, Collection<String> zoneIds, LocalDate asOf) {
        var findings = new ArrayList<Finding>();
        if (organisation.isEmpty()) {
            findings.add(new Finding(
                    "ORG-MISSING",
                    Severity.ERROR,
                    List.of(),
                    "the model describes no security organisation: no people, roles, policies or awareness programme",
                    "add an organisation section with the security roles, their holders and a RACI table"));
            return findings;
        }
        accountable(organisation, zoneIds, findings);
        itAndOt(organisation, asOf, findings);
        vacantRoles(organisation, asOf, findings);
        // LEAVER-HAS-ACCESS: the same rule validate runs, so both commands name the same people
        findings.addAll(CrossChecks.leavers(organisation, asOf));
        reviews(organisation, asOf, findings);
        acknowledgements(organisation, asOf, findings);
        uncovered(organisation, findings);
        awareness(organisation, asOf, findings);
        return findings;
    }

    private List<ProgrammeElement> topLevel() {
        return elements.stream().filter(e -> e.parent().isEmpty()).toList();
    }

    private List<ProgrammeElement> childrenOf(ProgrammeElement element) {
        return children.getOrDefault(element.id(), List.of());
    }

    /** ORG-RACI-ACCOUNTABLE: exactly one accountable role for every element and every zone. */
    private void accountable(Organisation organisation, Collection<String> zoneIds, List<Finding> findings) {
        var byElement = new LinkedHashMap<String, Set<String>>();
        var byZone = new LinkedHashMap<String, Set<String>>();
        for (var row : organisation.raci()) {
            var target = row.kind() == Responsibility.Kind.ELEMENT ? byElement : byZone;
            target.computeIfAbsent(row.subject(), k -> new LinkedHashSet<>()).addAll(row.accountable());
        }
        for (var spe : topLevel()) {
            accountable(spe, Set.of(), byElement, findings);
        }
        for (var zone : zoneIds) {
            var roles = byZone.getOrDefault(zone, Set.of());
            if (roles.isEmpty()) {
                findings.add(new Finding(
                        "ORG-RACI-ACCOUNTABLE",
                        Severity.ERROR,
                        List.of(zone),
                        "zone " + zone + " has no accountable role",
                        "add a RACI row {zone: " + zone + ", accountable: <role>}, usually the plant owner"));
            } else if (roles.size() > 1) {
                findings.add(several("zone " + zone, zone, roles));
            }
        }
    }

    private void accountable(
            ProgrammeElement element,
            Set<String> inherited,
            Map<String, Set<String>> byElement,
            List<Finding> findings) {
        var own = byElement.getOrDefault(element.id(), Set.of());
        if (own.size() > 1) findings.add(several(element.id(), element.id(), own));
        var effective = own.isEmpty() ? inherited : own;
        if (effective.isEmpty()
                && !anyBelow(
                        element, e -> !byElement.getOrDefault(e.id(), Set.of()).isEmpty())) {
            findings.add(new Finding(
                    "ORG-RACI-ACCOUNTABLE",
                    Severity.ERROR,
                    List.of(element.id()),
                    element.id() + " (" + element.title() + ") has no accountable role"
                            + (childrenOf(element).isEmpty() ? "" : ", nor has anything under it"),
                    "add a RACI row {element: \"" + element.id() + "\", accountable: <role>}"));
            return;
        }
        for (var child : childrenOf(element)) {
            accountable(child, effective, byElement, findings);
        }
    }

    private boolean anyBelow(ProgrammeElement element, Predicate<ProgrammeElement> test) {
        for (var child : childrenOf(element)) {
            if (test.test(child) || anyBelow(child, test)) return true;
        }
        return false;
    }

    private static Finding several(String what, String subject, Set<String> roles) {
        var subjects = new ArrayList<String>();
        subjects.add(subject);
        subjects.addAll(roles);
        return new Finding(
                "ORG-RACI-ACCOUNTABLE",
                Severity.ERROR,
                subjects,
                what + " has " + roles.size() + " accountable roles (" + String.join(", ", roles)
                        + "); exactly one must be",
                "keep one accountable role and make the others responsible or consulted");
    }

    /** ORG-IT-OT: the security organisation has active role holders from both IT and OT. */
    private static void itAndOt(Organisation organisation, LocalDate asOf, List<Finding> findings) {
        var disciplines = new HashSet<Discipline>();
        for (var role : organisation.roles()) {
            for (var holder : activeHolders(organisation, role, asOf)) {
                disciplines.add(holder.discipline());
            }
        }
        for (var needed : List.of(Discipline.IT, Discipline.OT)) {
            if (!disciplines.contains(needed)) {
                findings.add(new Finding(
                        "ORG-IT-OT",
                        Severity.ERROR,
                        List.of(),
                        "no security role is held by anyone from "
                                + needed.label().toUpperCase(java.util.Locale.ROOT)
                                + "; IT and OT must both be represented in the security organisation",
                        "give a security role (e.g. " + (needed == Discipline.IT ? "IT" : "OT")
                                + " security officer) to someone of discipline " + needed.label()));
            }
        }
    }

    /** ORG-ROLE-VACANT: every role has at least one active holder. */
    private static void vacantRoles(Organisation organisation, LocalDate asOf, List<Finding> findings) {
        for (var role : organisation.roles()) {
            if (!activeHolders(organisation, role, asOf).isEmpty()) continue;
            var former = role.holders().stream()
                    .map(organisation::person)
                    .flatMap(java.util.Optional::stream)
                    .filter(p -> p.left() != null && !p.left().isAfter(asOf))
                    .map(p -> p.name() + " left on " + p.left())
                    .toList();
            findings.add(new Finding(
                    "ORG-ROLE-VACANT",
                    Severity.ERROR,
                    List.of(role.id()),
                    "role " + role.id() + " (" + role.title() + ") is vacant"
                            + (former.isEmpty() ? "" : ": " + String.join(", ", former)),
                    "name an active holder (and a deputy) for " + role.title()));
        }
    }

    static List<Person> activeHolders(Organisation organisation, Role role, LocalDate asOf) {
        return role.holders().stream()
                .map(organisation::person)
                .flatMap(java.util.Optional::stream)
                .filter(p -> p.activeOn(asOf))
                .toList();
    }

    /** POLICY-REVIEW-OVERDUE: the version in force was approved longer ago than the review interval. */
    private static void reviews(Organisation organisation, LocalDate asOf, List<Finding> findings) {
        for (var document : organisation.documents()) {
            var due = document.reviewDue();
            if (due.isBefore(asOf)) {
                findings.add(new Finding(
                        "POLICY-REVIEW-OVERDUE",
                        Severity.WARNING,
                        List.of(document.id(), document.owner()),
                        document.kind() + " " + document.id() + " (" + document.title() + ") version "
                                + document.version() + " was due for review on " + due + " ("
                                + java.time.temporal.ChronoUnit.DAYS.between(due, asOf) + " days ago)",
                        "the owner (" + document.owner() + ") reviews it and records the new approval date"));
            }
        }
    }

    /**
     * POLICY-NOT-ACKNOWLEDGED: active people of a document's audience who have not acknowledged the version in force
     * within {@link #ACKNOWLEDGE_WITHIN_DAYS} days of its approval or of joining, whichever is later.
     * Acknowledging an earlier version does not count.
     */
    private static void acknowledgements(Organisation organisation, LocalDate asOf, List<Finding> findings) {
        for (var document : organisation.documents()) {
            var current = new HashSet<String>();
            var superseded = new HashMap<String, String>();
            for (Acknowledgement ack : document.acknowledgements()) {
                if (ack.version().equals(document.version())) {
                    current.add(ack.person());
                } else {
                    superseded.merge(ack.person(), ack.version(), (a, b) -> b);
                }
            }
            var missing = new ArrayList<Person>();
            for (var person : organisation.people()) {
                if (!person.activeOn(asOf) || current.contains(person.id())) continue;
                if (!document.audience().includes(person, organisation)) continue;
                var from = person.joined() != null && person.joined().isAfter(document.approved())
                        ? person.joined()
                        : document.approved();
                if (!from.plusDays(ACKNOWLEDGE_WITHIN_DAYS).isBefore(asOf)) continue; // still within the grace
                missing.add(person);
            }
            if (missing.isEmpty()) continue;
            var subjects = new ArrayList<String>();
            subjects.add(document.id());
            missing.forEach(p -> subjects.add(p.id()));
            var names = missing.stream()
                    .map(p -> superseded.containsKey(p.id())
                            ? p.name() + " (acknowledged superseded version " + superseded.get(p.id()) + ")"
                            : p.name())
                    .collect(Collectors.joining(", "));
            findings.add(new Finding(
                    "POLICY-NOT-ACKNOWLEDGED",
                    Severity.WARNING,
                    subjects,
                    missing.size() + (missing.size() == 1 ? " person has" : " people have") + " not acknowledged "
                            + document.kind() + " " + document.id() + " version " + document.version() + ": "
                            + names,
                    "ask them to read and acknowledge version " + document.version() + " of " + document.title()));
        }
    }

    /** POLICY-ELEMENT-UNCOVERED: programme elements no policy or procedure covers. */
    private void uncovered(Organisation organisation, List<Finding> findings) {
        var covered = new HashSet<String>();
        for (Document document : organisation.documents()) covered.addAll(document.elements());
        for (var spe : topLevel()) uncovered(spe, covered, findings);
    }

    private void uncovered(ProgrammeElement element, Set<String> covered, List<Finding> findings) {
        if (covered.contains(element.id())) return;
        if (!anyBelow(element, e -> covered.contains(e.id()))) {
            findings.add(new Finding(
                    "POLICY-ELEMENT-UNCOVERED",
                    Severity.WARNING,
                    List.of(element.id()),
                    element.id() + " (" + element.title() + ") is covered by no policy or procedure",
                    "name " + element.id() + " in the elements of the document that deals with it, or write one"));
            return;
        }
        for (var child : childrenOf(element)) uncovered(child, covered, findings);
    }

    /** AWARENESS-OVERDUE: per module, the active people whose refresher is overdue. */
    private static void awareness(Organisation organisation, LocalDate asOf, List<Finding> findings) {
        var overdue = new LinkedHashMap<String, List<AwarenessDue>>();
        for (var due : new AssessAwareness(organisation).dues(asOf, 0)) {
            if (due.status() == AwarenessStatus.OVERDUE) {
                overdue.computeIfAbsent(due.module().id(), k -> new ArrayList<>())
                        .add(due);
            }
        }
        overdue.forEach((module, dues) -> {
            var subjects = new ArrayList<String>();
            subjects.add(module);
            dues.forEach(d -> subjects.add(d.person().id()));
            var title = dues.get(0).module().title();
            findings.add(new Finding(
                    "AWARENESS-OVERDUE",
                    Severity.WARNING,
                    subjects,
                    dues.size() + (dues.size() == 1 ? " person is" : " people are") + " overdue for " + title + ": "
                            + dues.stream()
                                    .map(d -> d.person().name() + " (due " + d.due() + ")")
                                    .collect(Collectors.joining(", ")),
                    "schedule the training; 'zonewarden awareness --format csv' gives a list for a mail merge"));
        });
    }
}
