package io.zonewarden.core.model.organisation;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A plant's security organisation: the people, the security roles and their RACI table, the policies and
 * procedures, and the awareness programme. Ids are unique per kind; references between them are allowed to dangle
 * here (the model file reader refuses them with their location).
 *
 * @param file where the organisation is shared from, as the plant's model file names it (e.g. {@code
 *     ../org/site-organisation.yaml}), or {@code null} when the model file holds it. A shared file holds everything
 *     but the RACI rows for zones, which belong to each plant's own file
 */
public record Organisation(
        List<Person> people,
        List<Role> roles,
        List<Responsibility> raci,
        List<Document> documents,
        Awareness awareness,
        @Nullable String file) {

    /** No organisation described: the plant model says nothing about people. */
    public static final Organisation EMPTY =
            new Organisation(List.of(), List.of(), List.of(), List.of(), Awareness.EMPTY);

    /** An organisation held in the plant's own model file. */
    public Organisation(
            List<Person> people,
            List<Role> roles,
            List<Responsibility> raci,
            List<Document> documents,
            Awareness awareness) {
        this(people, roles, raci, documents, awareness, null);
    }

    public Organisation {
        people = List.copyOf(people);
        roles = List.copyOf(roles);
        raci = List.copyOf(raci);
        documents = List.copyOf(documents);
        unique(people.stream().map(Person::id).toList(), "person");
        unique(roles.stream().map(Role::id).toList(), "role");
        unique(documents.stream().map(Document::id).toList(), "document");
        unique(awareness.modules().stream().map(AwarenessModule::id).toList(), "awareness module");
        unique(awareness.campaigns().stream().map(Campaign::id).toList(), "campaign");
    }

    private static void unique(List<String> ids, String kind) {
        var seen = new java.util.HashSet<String>();
        for (var id : ids) {
            if (!seen.add(id)) throw new IllegalArgumentException("duplicate " + kind + " id '" + id + "'");
        }
    }

    public boolean isEmpty() {
        return file == null
                && people.isEmpty()
                && roles.isEmpty()
                && raci.isEmpty()
                && documents.isEmpty()
                && awareness.isEmpty();
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Role> role(String id) {
        return roles.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<AwarenessModule> module(String id) {
        return awareness.modules().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** A copy with other people, e.g. after an import from an HR export. */
    public Organisation withPeople(List<Person> newPeople) {
        return new Organisation(newPeople, roles, raci, documents, awareness, file);
    }

    /** A copy with another awareness programme. */
    public Organisation withAwareness(Awareness newAwareness) {
        return new Organisation(people, roles, raci, documents, newAwareness, file);
    }
}
