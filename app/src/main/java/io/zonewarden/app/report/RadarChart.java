package io.zonewarden.app.report;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An SL-T against SL-A radar chart as inline SVG: one axis per foundational requirement, rings at SL 1..4, the target
 * as a dashed outline and the achieved level as a filled polygon. Plain SVG, so the report needs no script and
 * prints as drawn.
 */
final class RadarChart {

    private static final int SIZE = 320;
    private static final double CENTRE = SIZE / 2.0;
    private static final double RADIUS = 110;

    private RadarChart() {}

    static String svg(@Nullable SecurityLevelVector target, SecurityLevelVector achieved, String title) {
        return svg(target, achieved, null, java.util.Set.of(), title);
    }

    /**
     * As above, with the verified level as a second outline inside the claimed one, and the axes of the FRs nobody
     * assessed labelled in grey with "n/a" (their polygon point sits at the centre, which is not a measured 0).
     */
    static String svg(
            @Nullable SecurityLevelVector target,
            SecurityLevelVector achieved,
            @Nullable SecurityLevelVector verified,
            java.util.Set<FoundationalRequirement> notAssessed,
            String title) {
        var sb = new StringBuilder(4096);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"radar\" viewBox=\"0 0 ")
                .append(SIZE)
                .append(' ')
                .append(SIZE)
                .append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(title))
                .append("\">");
        for (int level = 1; level <= 4; level++) {
            sb.append("<polygon class=\"ring\" points=\"")
                    .append(points(SecurityLevelVector.of(level, level, level, level, level, level, level)))
                    .append("\"/>");
        }
        for (var fr : FoundationalRequirement.values()) {
            double[] end = point(fr.ordinal(), 4);
            double[] label = point(fr.ordinal(), 4.75);
            sb.append(String.format(
                    Locale.ROOT,
                    "<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                    CENTRE,
                    CENTRE,
                    end[0],
                    end[1]));
            boolean na = notAssessed.contains(fr);
            sb.append(String.format(
                    Locale.ROOT,
                    "<text class=\"label%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" dominant-baseline=\"middle\">"
                            + "FR%d %s%s</text>",
                    na ? " na" : "",
                    label[0],
                    label[1],
                    fr.number(),
                    fr.name(),
                    na ? " n/a" : ""));
        }
        if (target != null) {
            sb.append("<polygon class=\"target\" points=\"")
                    .append(points(target))
                    .append("\"/>");
        }
        sb.append("<polygon class=\"achieved\" points=\"")
                .append(points(achieved))
                .append("\"/>");
        if (verified != null) {
            sb.append("<polygon class=\"verified\" points=\"")
                    .append(points(verified))
                    .append("\"/>");
        }
        sb.append("</svg>");
        return sb.toString();
    }

    private static String points(SecurityLevelVector vector) {
        var sb = new StringBuilder();
        for (var fr : FoundationalRequirement.values()) {
            double[] p = point(fr.ordinal(), vector.of(fr).value());
            if (sb.length() > 0) sb.append(' ');
            sb.append(String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]));
        }
        return sb.toString();
    }

    /** The point at {@code level} on the axis of FR {@code index + 1}: FR 1 straight up, clockwise. */
    private static double[] point(int index, double level) {
        double angle = -Math.PI / 2 + index * 2 * Math.PI / FoundationalRequirement.values().length;
        double r = RADIUS * level / 4;
        return new double[] {CENTRE + r * Math.cos(angle), CENTRE + r * Math.sin(angle)};
    }
}
