package io.zonewarden.app.server.web;

import io.zonewarden.core.assessment.ZoneAssessment;
import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.model.Zone;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Small view records the templates read. */
public final class Views {

    private Views() {}

    /**
     * One FR's cell in an SL vector display: the level ({@code null} when nobody assessed the FR, shown grey as "not
     * assessed" rather than as a red 0) and whether it is short of the target.
     */
    public record Level(String fr, @Nullable Integer level, boolean shortOfTarget) {
        public boolean assessed() {
            return level != null;
        }

        /** The cell's text: the level, or a dash for an FR not assessed. */
        public String text() {
            return level == null ? "–" : level.toString();
        }

        /** The cell's tooltip. */
        public String title() {
            return level == null ? fr + ": not assessed" : fr;
        }
    }

    /**
     * A zone on the overview: SL-T against claimed and verified SL-A per FR, the answers given, the findings naming
     * it.
     */
    public record ZoneRow(
            String id,
            String name,
            String kind,
            @Nullable String target,
            List<Level> achieved,
            List<Level> verified,
            List<String> notAssessed,
            long answered,
            int inScope,
            int completenessPercent,
            boolean meetsTarget,
            boolean meetsTargetVerified,
            int findings) {}

    static ZoneRow zoneRow(Zone zone, ZoneAssessment assessed, int findings) {
        var target = assessed.slTarget() == null ? null : assessed.slTarget().toArray();
        var claimed = new ArrayList<Level>(7);
        var verified = new ArrayList<Level>(7);
        var notAssessed = new ArrayList<String>();
        for (var fr : FoundationalRequirement.values()) {
            int i = fr.ordinal();
            var c = assessed.claimed(fr);
            var v = assessed.verified(fr);
            claimed.add(new Level("FR" + (i + 1), c, target != null && c != null && c < target[i]));
            verified.add(new Level("FR" + (i + 1), v, target != null && v != null && v < target[i]));
            if (c == null) notAssessed.add(fr.id());
        }
        return new ZoneRow(
                zone.id(),
                zone.name(),
                zone.kind().label(),
                sl(assessed.slTarget()),
                claimed,
                verified,
                notAssessed,
                assessed.answered(),
                assessed.scope().size(),
                (int) Math.floor(assessed.completeness() * 100),
                assessed.meetsTarget(),
                assessed.meetsTargetVerified(),
                findings);
    }

    static @Nullable String sl(@Nullable SecurityLevelVector vector) {
        if (vector == null) return null;
        var sb = new StringBuilder();
        for (int level : vector.toArray()) sb.append(sb.isEmpty() ? "" : " ").append(level);
        return sb.toString();
    }

    /** One row of the inventory table. */
    public record AssetRow(
            String id,
            String name,
            String type,
            String zone,
            String ip,
            String vendor,
            String purdue,
            String criticality,
            boolean safety,
            int findings) {}

    /** Who is signed in, for the header. */
    public record Me(String username, boolean administrator) {}

    /** Findings of one rule, for summaries: how many, how serious, the first few subjects. */
    public record RuleSummary(String rule, String severity, int count, List<String> examples, String remedy) {}

    static List<RuleSummary> byRule(List<io.zonewarden.core.zoning.Finding> findings) {
        var groups = new java.util.LinkedHashMap<String, List<io.zonewarden.core.zoning.Finding>>();
        for (var f : findings)
            groups.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        var result = new ArrayList<RuleSummary>();
        groups.forEach((rule, list) -> {
            var examples = list.stream()
                    .flatMap(f -> f.subjects().stream().limit(1))
                    .distinct()
                    .limit(5)
                    .toList();
            result.add(new RuleSummary(
                    rule,
                    list.get(0).severity().label(),
                    list.size(),
                    examples,
                    list.get(0).remedy()));
        });
        result.sort(java.util.Comparator.comparing((RuleSummary r) ->
                        io.zonewarden.core.zoning.Severity.ofLabel(r.severity()).orElseThrow())
                .thenComparing(RuleSummary::count, java.util.Comparator.reverseOrder()));
        return result;
    }

    /** The 1-based page {@code page} of {@code size} items of a list; out-of-range pages are clamped. */
    static <T> Page<T> page(List<T> all, int page, int size) {
        int current = clamp(page, all.size(), size);
        var items = all.subList((current - 1) * size, Math.min(all.size(), current * size));
        return new Page<>(List.copyOf(items), current, size, all.size());
    }

    /** {@code page} moved into 1..the number of pages of {@code total} rows, {@code size} a page. */
    static int clamp(int page, long total, int size) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return Math.min(Math.max(1, page), pages);
    }

    /** A page of rows and where it is. */
    public record Page<T>(List<T> items, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages();
        }

        public long from() {
            return total == 0 ? 0 : (long) (page - 1) * size + 1;
        }

        public long to() {
            return Math.min(total, (long) page * size);
        }
    }
}
