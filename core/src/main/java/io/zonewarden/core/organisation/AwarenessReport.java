package io.zonewarden.core.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * The awareness programme on one day: each active person's standing with each module of their audience, coverage
 * per department and discipline, the trend over the past year and how each campaign went.
 *
 * @param dueWithin days ahead that count as "due soon"
 * @param trend coverage on the same day of each of the last twelve months, oldest first, ending on {@code asOf}
 */
public record AwarenessReport(
        LocalDate asOf,
        int dueWithin,
        List<AwarenessDue> dues,
        List<Coverage> byModule,
        List<Coverage> byDepartment,
        List<Coverage> byDiscipline,
        List<TrendPoint> trend,
        List<CampaignResult> campaigns) {

    public AwarenessReport {
        dues = List.copyOf(dues);
        byModule = List.copyOf(byModule);
        byDepartment = List.copyOf(byDepartment);
        byDiscipline = List.copyOf(byDiscipline);
        trend = List.copyOf(trend);
        campaigns = List.copyOf(campaigns);
    }

    public List<AwarenessDue> withStatus(AwarenessStatus status) {
        return dues.stream().filter(d -> d.status() == status).toList();
    }

    /** Programme-wide: all pairs of (person, module) required today, and how many are not overdue. */
    public Coverage overall() {
        int current = (int)
                dues.stream().filter(d -> d.status() != AwarenessStatus.OVERDUE).count();
        return new Coverage("all", dues.size(), current);
    }
}
