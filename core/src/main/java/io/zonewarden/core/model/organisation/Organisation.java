package io.zonewarden.core.model.organisation;

import java.util.List;
import java.util.Optional;

/**
 * A plant's security organisation: the people, the security roles and their RACI table, the policies and
 * procedures, and the awareness programme. Ids are unique per kind; references between them are allowed to dangle
 * here (the model file reader refuses them with their location).
 */
public record Organisation(
        List<Person> people,
        List<Role> roles,
        List<Responsibility> raci,
        List<Document> documents,
        Awareness awareness) {

    /** No organisation described: the plant model says nothing about people. */
    public static final Organisation EMPTY =
            new Organisation(List.of(), List.of(), List.of(), List.of(), Awareness.EMPTY);

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
        return people.isEmpty() && roles.isEmpty() && raci.isEmpty() && documents.isEmpty() && awareness.isEmpty();
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
        return new Organisation(newPeople, roles, raci, documents, awareness);
    }

    /** A copy with another awareness programme. */
    public Organisation withAwareness(Awareness newAwareness) {
        return new Organisation(people, roles, raci, documents, newAwareness);
    }
}
