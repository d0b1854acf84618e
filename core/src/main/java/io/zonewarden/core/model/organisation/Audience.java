package io.zonewarden.core.model.organisation;

import java.util.List;

/**
 * Who a document or an awareness module is for: the holders of some roles, the people of some departments or of some
 * disciplines. A person in any of them is in the audience; an audience that names nothing is everyone.
 */
public record Audience(List<String> roles, List<String> departments, List<Discipline> disciplines) {

    public static final Audience EVERYONE = new Audience(List.of(), List.of(), List.of());

    public Audience {
        roles = List.copyOf(roles);
        departments = List.copyOf(departments);
        disciplines = List.copyOf(disciplines);
    }

    public boolean isEveryone() {
        return roles.isEmpty() && departments.isEmpty() && disciplines.isEmpty();
    }

    /** True when {@code person} is in this audience; {@code organisation} tells who holds which role. */
    public boolean includes(Person person, Organisation organisation) {
        if (isEveryone()) return true;
        if (person.department() != null && departments.contains(person.department())) return true;
        if (disciplines.contains(person.discipline())) return true;
        for (var roleId : roles) {
            var role = organisation.role(roleId);
            if (role.isPresent() && role.get().holders().contains(person.id())) return true;
        }
        return false;
    }
}
