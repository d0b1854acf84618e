package io.zonewarden.core.roadmap;

import io.zonewarden.core.assessment.AssessPlant;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.assessment.Answer;
import io.zonewarden.core.model.assessment.AnswerStatus;
import io.zonewarden.core.zoning.Finding;
import io.zonewarden.core.zoning.PlantValidator;
import io.zonewarden.core.zoning.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a plan leaves behind besides scores: the validation errors it resolves or not, and SL-A per zone. */
final class Outcome {

    private Outcome() {}

    /**
     * The error-level findings of validation, split into those a chosen countermeasure resolves ({@code true}) and
     * those left ({@code false}). A zoning error (IEC 62443-3-2 ZCR 3) stays until a countermeasure says it resolves
     * it; the scores cannot tell.
     */
    static Map<Boolean, List<Finding>> findings(Plant plant, Set<String> chosen) {
        var matches = plant.risk().countermeasures().stream()
                .filter(c -> chosen.contains(c.id()))
                .flatMap(c -> c.resolves().stream())
                .toList();
        var split = new HashMap<Boolean, List<Finding>>();
        split.put(true, new ArrayList<>());
        split.put(false, new ArrayList<>());
        for (var f : PlantValidator.standard().validate(plant).findings()) {
            if (f.severity() != Severity.ERROR) continue;
            boolean resolved = matches.stream().anyMatch(m -> m.matches(f.rule(), f.subjects()));
            split.get(resolved).add(f);
        }
        return split;
    }

    /**
     * SL-A per zone now and with the plan: the requirements its countermeasures satisfy answered as implemented
     * (where the answer does not meet them already), then the zone assessed as {@code assess} does.
     */
    static List<ZoneOutcome> zones(Plant plant, Set<String> chosen) {
        var satisfied = new LinkedHashMap<String, List<String>>();
        for (var cm : plant.risk().countermeasures()) {
            if (!chosen.contains(cm.id())) continue;
            for (var z : cm.satisfies()) {
                var list = satisfied.computeIfAbsent(z.zone(), k -> new ArrayList<>());
                for (var r : z.requirements()) {
                    if (!list.contains(r)) list.add(r);
                }
            }
        }
        var assess = AssessPlant.standard();
        var out = new ArrayList<ZoneOutcome>();
        for (var zone : plant.zones()) {
            var answers = plant.assessment().answersFor(zone.id());
            var now = assess.assess(zone, answers, new ArrayList<>());
            var planned = new LinkedHashMap<String, Answer>(answers);
            var added = new ArrayList<String>();
            for (var r : satisfied.getOrDefault(zone.id(), List.of())) {
                var answer = answers.get(r);
                if (answer != null && answer.status().meets()) continue;
                planned.put(r, Answer.of(r, AnswerStatus.IMPLEMENTED));
                added.add(r);
            }
            var then = added.isEmpty() ? now : assess.assess(zone, planned, new ArrayList<>());
            out.add(new ZoneOutcome(zone.id(), zone.slTarget(), now.slAchieved(), then.slAchieved(), added));
        }
        return out;
    }
}
