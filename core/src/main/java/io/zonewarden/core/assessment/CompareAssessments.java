package io.zonewarden.core.assessment;

import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.assessment.Answer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Progress since the zero measurement: per zone and FR what moved, and which requirements were met or lost. */
public final class CompareAssessments {

    private CompareAssessments() {}

    /**
     * Compares two assessments of the same plant (zones matched by id). Requirements are compared on whether they
     * are met, over every requirement answered in either, so a requirement outside the current scope still shows.
     */
    public static List<ZoneProgress> compare(
            Plant baseline, AssessmentReport baseReport, Plant current, AssessmentReport currentReport) {
        var zoneIds = new LinkedHashSet<String>();
        currentReport.zones().forEach(z -> zoneIds.add(z.zone()));
        baseReport.zones().forEach(z -> zoneIds.add(z.zone()));
        var progress = new ArrayList<ZoneProgress>();
        for (var zoneId : zoneIds) {
            var before = baseReport.zone(zoneId).map(ZoneAssessment::slAchieved).orElse(null);
            var after =
                    currentReport.zone(zoneId).map(ZoneAssessment::slAchieved).orElse(null);
            var oldAnswers = baseline.assessment().answersFor(zoneId);
            var newAnswers = current.assessment().answersFor(zoneId);
            var ids = new LinkedHashSet<String>(newAnswers.keySet());
            ids.addAll(oldAnswers.keySet());
            var newlyMet = new ArrayList<String>();
            var lost = new ArrayList<String>();
            for (var id : ids) {
                boolean was = met(oldAnswers, id);
                boolean is = met(newAnswers, id);
                if (is && !was) newlyMet.add(id);
                if (was && !is) lost.add(id);
            }
            progress.add(new ZoneProgress(zoneId, before, after, newlyMet, lost));
        }
        return progress;
    }

    private static boolean met(Map<String, Answer> answers, String id) {
        var answer = answers.get(id);
        return answer != null && answer.status().meets();
    }
}
