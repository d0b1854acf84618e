package io.zonewarden.app.server.plant;

import io.zonewarden.core.assessment.AssessmentReport;
import io.zonewarden.core.zoning.Finding;
import io.zonewarden.core.zoning.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the core module concludes about one version of a model: the zoning findings (IEC 62443-3-2) and the zero
 * measurement (SL-A against SL-T per zone, IEC 62443-3-3), with the findings indexed by the ids they name.
 */
public record PlantInsight(
        ValidationReport validation, AssessmentReport assessment, Map<String, List<Finding>> findingsBySubject) {

    public PlantInsight {
        var copy = new LinkedHashMap<String, List<Finding>>();
        findingsBySubject.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        findingsBySubject = Map.copyOf(copy);
    }

    static PlantInsight of(ValidationReport validation, AssessmentReport assessment) {
        var bySubject = new LinkedHashMap<String, List<Finding>>();
        for (var finding : validation.findings()) {
            for (var subject : finding.subjects())
                bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(finding);
        }
        return new PlantInsight(validation, assessment, bySubject);
    }

    public List<Finding> findingsOf(String id) {
        return findingsBySubject.getOrDefault(id, List.of());
    }
}
