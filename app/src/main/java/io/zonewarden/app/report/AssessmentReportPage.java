package io.zonewarden.app.report;

import io.zonewarden.core.assessment.AssessmentReport;
import io.zonewarden.core.assessment.RequirementState;
import io.zonewarden.core.assessment.ZoneAssessment;
import io.zonewarden.core.catalog.Catalog;
import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.assessment.Answer;
import io.zonewarden.core.model.assessment.AnswerStatus;
import io.zonewarden.core.model.assessment.Evidence;
import io.zonewarden.core.risk.KnownVulnerabilities;
import io.zonewarden.core.vulnerability.MatchVulnerabilities;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.Context;

/**
 * The assessment report: a self-contained HTML page a plant manager can read and print. A management summary, per
 * zone an SL-T against SL-A radar chart with the gap table, the unmet requirements with their evidence state, the
 * capability gaps, the programme maturity table and the method.
 */
public final class AssessmentReportPage {

    private AssessmentReportPage() {}

    /** Per zone, in the model's order, its assets' matches with their part in the risk; zones without any left out. */
    private static List<Map<String, Object>> vulnerabilities(Plant plant, List<MatchVulnerabilities.Match> matches) {
        var zones = new java.util.ArrayList<Map<String, Object>>();
        for (var zone : plant.zones()) {
            var entries = matches.stream()
                    .filter(m -> zone.id().equals(m.zone()))
                    .map(m -> new KnownVulnerabilities.Entry(m, KnownVulnerabilities.Role.of(m)))
                    .toList();
            if (entries.isEmpty()) continue;
            var row = new LinkedHashMap<String, Object>();
            row.put("zone", zone.id());
            row.put(
                    "rows",
                    RiskReportPage.rows("zone " + zone.id(), new KnownVulnerabilities.Listed(zone.id(), entries)));
            zones.add(row);
        }
        return zones;
    }

    /** Renders the report; {@code today} is the date printed on it. */
    public static String render(Plant plant, AssessmentReport report, LocalDate today) {
        return render(plant, report, today, null);
    }

    /**
     * Renders the report with the known vulnerabilities of each zone (IEC 62443-3-2 ZCR 5.2) when {@code matches} is
     * not null: the assets' matches against advisories, the owner's decisions applied.
     */
    public static String render(
            Plant plant,
            AssessmentReport report,
            LocalDate today,
            java.util.@org.jspecify.annotations.Nullable List<MatchVulnerabilities.Match> matches) {
        var context = new Context(java.util.Locale.ROOT);
        context.setVariable("vulnerabilities", matches == null ? null : vulnerabilities(plant, matches));
        context.setVariable("plant", plant.info());
        context.setVariable("today", today);
        context.setVariable("catalogVersion", Catalog.standard().catalogVersion());
        context.setVariable("scope", report.scope().name().toLowerCase(java.util.Locale.ROOT));
        context.setVariable("summary", summary(report));
        context.setVariable(
                "zones", report.zones().stream().map(z -> zone(plant, z)).toList());
        context.setVariable(
                "capabilityGaps",
                report.capabilityGaps().stream()
                        .map(g -> Map.of(
                                "asset", g.asset(),
                                "zone", g.zone(),
                                "slCapability", g.slCapability().toString(),
                                "slTarget", g.slTarget().toString(),
                                "source", g.fromAnswers() ? "62443-4-2 answers" : "declared",
                                "frs",
                                        g.frs().stream()
                                                .sorted()
                                                .map(FoundationalRequirement::id)
                                                .collect(Collectors.joining(", "))))
                        .toList());
        var programme = report.programme();
        context.setVariable("programmeTarget", programme.target());
        context.setVariable("programmeRated", programme.rated());
        context.setVariable("programmeTotal", programme.entries().size());
        context.setVariable(
                "programme",
                programme.entries().stream()
                        .map(e -> {
                            var m = new LinkedHashMap<String, Object>();
                            m.put("id", e.element().id());
                            m.put("title", e.element().title());
                            m.put("rated", e.rating() != null);
                            m.put("maturity", e.maturity());
                            m.put("below", e.maturity() < programme.target());
                            m.put(
                                    "evidence",
                                    e.rating() == null
                                            ? ""
                                            : evidence(e.rating().evidence()));
                            return m;
                        })
                        .toList());
        context.setVariable("findings", report.findings());
        context.setVariable(
                "meetingStates",
                List.of(AnswerStatus.IMPLEMENTED, AnswerStatus.COMPENSATED, AnswerStatus.NOT_APPLICABLE).stream()
                        .map(AnswerStatus::label)
                        .toList());
        return ReportTemplates.render("report/assessment", context);
    }

    private static Map<String, Object> summary(AssessmentReport report) {
        var m = new LinkedHashMap<String, Object>();
        var assessed = report.zones().stream().filter(z -> z.answered() > 0).toList();
        m.put("zones", report.zones().size());
        m.put("assessed", assessed.size());
        m.put("meeting", assessed.stream().filter(ZoneAssessment::meetsTarget).count());
        m.put(
                "meetingVerified",
                assessed.stream().filter(ZoneAssessment::meetsTargetVerified).count());
        // gaps only where an FR was assessed: an FR without answers has no level to fall short with
        m.put("widestGaps", widest(assessed, false));
        m.put("widestVerifiedGaps", widest(assessed, true));
        m.put(
                "partlyAssessed",
                assessed.stream()
                        .filter(z -> !z.notAssessed().isEmpty())
                        .map(z -> z.zone() + ": " + frs(z.notAssessed()))
                        .toList());
        var next = new ArrayList<String>();
        for (var z : assessed) {
            for (var fr : FoundationalRequirement.values()) {
                var gap = z.gap().get(fr.ordinal());
                if (gap == null || gap == 0) continue;
                z.blocking().get(fr).stream()
                        .filter(s -> s.isAnswered())
                        .findFirst()
                        .ifPresent(s -> next.add(z.zone() + ": "
                                + s.requirement().id() + " " + s.requirement().title() + " (" + s.state() + ")"));
            }
        }
        m.put("nextSteps", next.stream().limit(8).toList());
        m.put(
                "unassessed",
                report.zones().stream()
                        .filter(z -> z.answered() == 0)
                        .map(ZoneAssessment::zone)
                        .toList());
        m.put("programmeBelow", report.programme().belowTarget().size());
        return m;
    }

    /** Per zone, the FRs with the widest claimed (or verified) gap among those assessed. */
    private static List<String> widest(List<ZoneAssessment> zones, boolean verified) {
        var lines = new ArrayList<String>();
        for (var z : zones) {
            var gaps = verified ? z.gapVerified() : z.gap();
            int worst = gaps.stream()
                    .filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue)
                    .max()
                    .orElse(0);
            if (worst == 0) continue;
            var frs = new ArrayList<FoundationalRequirement>();
            for (var fr : FoundationalRequirement.values()) {
                var g = gaps.get(fr.ordinal());
                if (g != null && g == worst) frs.add(fr);
            }
            lines.add(z.zone() + ": " + worst + " level" + (worst == 1 ? "" : "s") + " short in " + frs(frs));
        }
        return lines;
    }

    private static String frs(List<FoundationalRequirement> frs) {
        return frs.stream().map(fr -> fr.id() + " " + fr.name()).collect(Collectors.joining(", "));
    }

    private static String level(@Nullable Integer level) {
        return level == null ? "not assessed" : level.toString();
    }

    private static String vector(List<@Nullable Integer> levels) {
        return levels.stream().map(l -> l == null ? "–" : l.toString()).collect(Collectors.joining(" ", "{", "}"));
    }

    private static Map<String, Object> zone(Plant plant, ZoneAssessment z) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", z.zone());
        m.put("slTarget", z.slTarget() == null ? "none" : z.slTarget().toString());
        m.put("slAchieved", vector(z.claimedLevels()));
        m.put("slVerified", vector(z.verifiedLevels()));
        m.put("meets", z.meetsTarget());
        m.put("meetsVerified", z.meetsTargetVerified());
        m.put("assessed", z.answered() > 0);
        m.put("notAssessed", frs(z.notAssessed()));
        m.put("answered", z.answered());
        m.put("inScope", z.scope().size());
        m.put("completeness", Math.round(z.completeness() * 100));
        // who signs for the zone: the assessor of its latest verified answer, and that day
        var latest = plant.assessment().latestVerification(z.zone());
        m.put("verifiedBy", latest.map(Answer::verifiedBy).orElse(null));
        m.put("verifiedOn", latest.map(a -> String.valueOf(a.verifiedOn())).orElse(null));
        m.put(
                "radar",
                RadarChart.svg(
                        z.slTarget(),
                        z.slAchieved(),
                        z.slVerified(),
                        java.util.Set.copyOf(z.notAssessed()),
                        "SL-T against claimed and verified SL-A for zone " + z.zone()));
        var rows = new ArrayList<Map<String, Object>>();
        for (var fr : FoundationalRequirement.values()) {
            var row = new LinkedHashMap<String, Object>();
            row.put("fr", fr.id() + " " + fr.name());
            row.put("title", fr.title());
            row.put(
                    "target",
                    z.slTarget() == null
                            ? "-"
                            : Integer.toString(z.slTarget().of(fr).value()));
            row.put("assessed", z.isAssessed(fr));
            row.put("achieved", level(z.claimed(fr)));
            row.put("verified", level(z.verified(fr)));
            var gap = z.gap().get(fr.ordinal());
            var gapVerified = z.gapVerified().get(fr.ordinal());
            row.put("gap", gap == null ? "–" : gap.toString());
            row.put("gapVerified", gapVerified == null ? "–" : gapVerified.toString());
            row.put("shortClaimed", gap != null && gap > 0);
            row.put("shortVerified", gapVerified != null && gapVerified > 0);
            row.put(
                    "blocking",
                    z.blocking().get(fr).stream()
                                    .limit(6)
                                    .map(s -> s.requirement().id() + " (" + s.state() + ")")
                                    .collect(Collectors.joining(", "))
                            + (z.blocking().get(fr).size() > 6
                                    ? ", +" + (z.blocking().get(fr).size() - 6) + " more"
                                    : ""));
            rows.add(row);
        }
        m.put("frs", rows);
        m.put("unmet", z.unmet().stream().map(AssessmentReportPage::unmet).toList());
        return m;
    }

    private static Map<String, Object> unmet(RequirementState s) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", s.requirement().id());
        m.put("title", s.requirement().title());
        m.put("state", s.state());
        m.put(
                "note",
                s.answer() == null || s.answer().note() == null
                        ? ""
                        : s.answer().note());
        m.put("evidence", s.answer() == null ? "" : evidence(s.answer().evidence()));
        return m;
    }

    private static String evidence(List<Evidence> evidence) {
        return evidence.isEmpty()
                ? "none"
                : evidence.stream().map(Evidence::describe).collect(Collectors.joining("; "));
    }
}
