package io.zonewarden.core.organisation;

import io.zonewarden.core.model.organisation.AccessRight;
import io.zonewarden.core.model.organisation.Acknowledgement;
import io.zonewarden.core.model.organisation.Audience;
import io.zonewarden.core.model.organisation.Awareness;
import io.zonewarden.core.model.organisation.AwarenessModule;
import io.zonewarden.core.model.organisation.Campaign;
import io.zonewarden.core.model.organisation.Completion;
import io.zonewarden.core.model.organisation.Discipline;
import io.zonewarden.core.model.organisation.Document;
import io.zonewarden.core.model.organisation.DocumentKind;
import io.zonewarden.core.model.organisation.Organisation;
import io.zonewarden.core.model.organisation.Person;
import io.zonewarden.core.model.organisation.Responsibility;
import io.zonewarden.core.model.organisation.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Hand-made organisations in domain words, for the tests. */
final class OrganisationFixture {

    private OrganisationFixture() {}

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static Person person(String id, Discipline discipline, @Nullable String joined) {
        return new Person(id, id, "Operations", discipline, null, joined == null ? null : day(joined), null, Set.of());
    }

    static Person person(String id, String department, Discipline discipline) {
        return new Person(id, id, department, discipline, null, null, null, Set.of());
    }

    static Person engineer(String id, @Nullable String joined) {
        return new Person(
                id,
                id,
                "Operations",
                Discipline.OT,
                null,
                joined == null ? null : day(joined),
                null,
                Set.of(AccessRight.ENGINEERING));
    }

    static Person leaver(String id, String joined, String left) {
        return new Person(id, id, "Operations", Discipline.OT, null, day(joined), day(left), Set.of());
    }

    static Role role(String id, String... holders) {
        return new Role(id, id, List.of(holders), null);
    }

    static Responsibility accountable(String element, String... roles) {
        return new Responsibility(
                Responsibility.Kind.ELEMENT, element, List.of(roles), List.of(), List.of(), List.of());
    }

    static Responsibility zoneAccountable(String zone, String... roles) {
        return new Responsibility(Responsibility.Kind.ZONE, zone, List.of(roles), List.of(), List.of(), List.of());
    }

    /** Introduced on 1 January 2024; 12-month refresher, 6 for privileged people; pass at 70. */
    static AwarenessModule basics() {
        return new AwarenessModule("basics", "OT security basics", day("2024-01-01"), 12, 6, 70, Audience.EVERYONE);
    }

    static Completion done(String person, String module, String date, @Nullable Integer score) {
        return new Completion(person, module, day(date), score);
    }

    static Campaign campaign(String id, String module, String start, String end) {
        return new Campaign(id, id, List.of(module), day(start), day(end), Audience.EVERYONE);
    }

    static Document policy(String id, String version, String approved, List<String> elements, Acknowledgement... acks) {
        return new Document(
                id,
                id,
                DocumentKind.POLICY,
                "lead",
                version,
                day(approved),
                12,
                elements,
                List.of(),
                Audience.EVERYONE,
                List.of(acks));
    }

    static Acknowledgement ack(String person, String version, String date) {
        return new Acknowledgement(person, version, day(date));
    }

    static Organisation organisation(List<Person> people, AwarenessModule module, List<Completion> completions) {
        return organisation(people, module, completions, List.of());
    }

    static Organisation organisation(
            List<Person> people, AwarenessModule module, List<Completion> completions, List<Campaign> campaigns) {
        return new Organisation(
                people, List.of(), List.of(), List.of(), new Awareness(List.of(module), campaigns, completions));
    }
}
