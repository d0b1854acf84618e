package io.zonewarden.bench;

import io.zonewarden.core.catalog.Catalog;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.assessment.Answer;
import io.zonewarden.core.model.assessment.AnswerStatus;
import io.zonewarden.core.model.assessment.Assessment;
import io.zonewarden.core.model.assessment.Evidence;
import io.zonewarden.core.model.assessment.Verification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Answers every IEC 62443-3-3 requirement in scope of every zone of a plant, mostly implemented with a spread of the
 * other statuses, as a fully answered zero measurement would look; most answers say how they were checked (tests,
 * observations, documents with and without evidence, interviews), so the verified SL-A is computed on real work.
 * Deterministic for a given seed.
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

    private static final Verification[] METHODS = Verification.values();
    private static final LocalDate CHECKED = LocalDate.of(2026, 11, 12);

    /** One answer in ten unchecked; the others checked by a method at random, a document with evidence half the time. */
    private static Answer checked(Answer answer, SplittableRandom random) {
        if (random.nextInt(10) == 0) return answer;
        var how = METHODS[random.nextInt(METHODS.length)];
        var evidence = how == Verification.DOCUMENT && random.nextBoolean()
                ? List.of(new Evidence("Zone procedure", "1", null, null, null, null))
                : answer.evidence();
        return new Answer(
                answer.requirement(),
                answer.status(),
                answer.note(),
                answer.justification(),
                answer.countermeasure(),
                evidence,
                answer.assessor(),
                answer.date(),
                how,
                "Assessor",
                CHECKED);
    }

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
                answers.put(requirement.id(), checked(answer, random));
            }
            zones.put(zone.id(), answers);
        }
        return plant.withAssessment(new Assessment(zones, Map.of(), Map.of()));
    }
}
