package io.zonewarden.core.model.organisation;

import java.util.List;

/** The awareness programme: its modules, its campaigns and the completion records. */
public record Awareness(List<AwarenessModule> modules, List<Campaign> campaigns, List<Completion> completions) {

    public static final Awareness EMPTY = new Awareness(List.of(), List.of(), List.of());

    public Awareness {
        modules = List.copyOf(modules);
        campaigns = List.copyOf(campaigns);
        completions = List.copyOf(completions);
    }

    public boolean isEmpty() {
        return modules.isEmpty() && campaigns.isEmpty() && completions.isEmpty();
    }

    /** A copy with other completion records, e.g. after an import from a training platform. */
    public Awareness withCompletions(List<Completion> newCompletions) {
        return new Awareness(modules, campaigns, newCompletions);
    }
}
