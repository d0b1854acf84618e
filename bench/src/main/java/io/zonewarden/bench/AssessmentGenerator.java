package io.zonewarden.bench;

import io.zonewarden.core.catalog.Catalog;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.assessment.Answer;
import io.zonewarden.core.model.assessment.AnswerStatus;
import io.zonewarden.core.model.assessment.Assessment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Answers every IEC 62443-3-3 requirement in scope of every zone of a plant, mostly implemented with a spread of the
 * other statuses, as a fully answered zero measurement would look. Deterministic for a given seed.
 */
public final class AssessmentGenerator {

    private static final AnswerStatus[] OTHERS = {
        AnswerStatus.PARTIAL,
        AnswerStatus.PLANNED,
        AnswerStatus.NOT_IMPLEMENTED,
        AnswerStatus.COMPENSATED,
        AnswerStatus.NOT_APPLICABLE
    };

    private AssessmentGenerator() {}

    public static Plant answerEverything(Plant plant, long seed) {
        var random = new SplittableRandom(seed);
        var catalog = Catalog.standard();
        var zones = new LinkedHashMap<String, Map<String, Answer>>();
        for (var zone : plant.zones()) {
            var target = zone.slTarget();
            if (target == null) continue;
            var answers = new LinkedHashMap<String, Answer>();
            for (var requirement : catalog.requirementsFor(target)) {
                var status = random.nextInt(10) < 8 ? AnswerStatus.IMPLEMENTED : OTHERS[random.nextInt(OTHERS.length)];
                var answer = switch (status) {
                    case COMPENSATED ->
                        new Answer(
                                requirement.id(),
                                status,
                                null,
                                "covered by the site firewall",
                                "cm-firewall",
                                List.of(),
                                null,
                                null);
                    case NOT_APPLICABLE ->
                        new Answer(
                                requirement.id(),
                                status,
                                null,
                                "no such function in the zone",
                                null,
                                List.of(),
                                null,
                                null);
                    default -> Answer.of(requirement.id(), status);
                };
                answers.put(requirement.id(), answer);
            }
            zones.put(zone.id(), answers);
        }
        return plant.withAssessment(new Assessment(zones, Map.of(), Map.of()));
    }
}
