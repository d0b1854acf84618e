package io.zonewarden.app.report;

import io.zonewarden.core.model.risk.RiskMatrix;
import io.zonewarden.core.risk.ScenarioRisk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The risk matrix as an inline SVG heat map: consequence upwards, likelihood to the right, each cell coloured by
 * its score (green up to the tolerable line, then amber to red) and holding the scenarios that sit in it.
 */
final class HeatMap {

    private static final int CELL = 84;
    private static final int LEFT = 110;
    private static final int TOP = 10;
    private static final int BOTTOM = 50;

    private HeatMap() {}

    /** The heat map of the scenarios at their residual ({@code residual}) or inherent likelihood. */
    static String svg(RiskMatrix m, List<ScenarioRisk> scenarios, boolean residual) {
        int nl = m.likelihoodLevels();
        int nc = m.consequenceLevels();
        int width = LEFT + nl * CELL + 10;
        int height = TOP + nc * CELL + BOTTOM;
        int max = 0;
        for (var row : m.score()) for (int v : row) max = Math.max(max, v);
        var sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "<svg class=\"heat\" viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""
                        + " aria-label=\"risk matrix\">",
                width,
                height));
        for (int c = nc; c >= 1; c--) {
            int y = TOP + (nc - c) * CELL;
            sb.append(String.format(
                    Locale.ROOT,
                    "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s (%d)</text>",
                    LEFT - 6,
                    y + CELL / 2 + 4,
                    Html.escape(m.consequence().get(c - 1)),
                    c));
            for (int l = 1; l <= nl; l++) {
                int x = LEFT + (l - 1) * CELL;
                int score = m.score(c, l);
                var here = new ArrayList<String>();
                for (var s : scenarios) {
                    int likelihood = residual ? s.residualLikelihood() : s.likelihood();
                    if (s.consequence() == c && likelihood == l) here.add(s.id());
                }
                sb.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#fff\"><title>%s x %s:"
                                + " score %d, %s</title></rect>",
                        x,
                        y,
                        CELL,
                        CELL,
                        colour(score, m.tolerable(), max),
                        Html.escape(m.consequence().get(c - 1)),
                        Html.escape(m.likelihood().get(l - 1)),
                        score,
                        m.tolerable(score) ? "tolerable" : "not tolerable"));
                sb.append(String.format(
                        Locale.ROOT,
                        "<text class=\"score\" x=\"%d\" y=\"%d\">%d · SL %d</text>",
                        x + 5,
                        y + 14,
                        score,
                        m.slTarget(c, l)));
                for (int i = 0; i < here.size() && i < 4; i++) {
                    var text = i == 3 && here.size() > 4 ? "+" + (here.size() - 3) + " more" : here.get(i);
                    sb.append(String.format(
                            Locale.ROOT,
                            "<text class=\"scenario\" x=\"%d\" y=\"%d\">%s</text>",
                            x + 5,
                            y + 32 + i * 14,
                            Html.escape(text)));
                }
            }
        }
        for (int l = 1; l <= nl; l++) {
            sb.append(String.format(
                    Locale.ROOT,
                    "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s (%d)</text>",
                    LEFT + (l - 1) * CELL + CELL / 2,
                    TOP + nc * CELL + 16,
                    Html.escape(m.likelihood().get(l - 1)),
                    l));
        }
        sb.append(String.format(
                Locale.ROOT,
                "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">likelihood%s</text>",
                LEFT + nl * CELL / 2,
                TOP + nc * CELL + 38,
                residual ? " (with existing countermeasures)" : " (unmitigated)"));
        return sb.append("</svg>").toString();
    }

    /** Green up to the tolerable line, then from amber to red as the score rises to the matrix's highest. */
    private static String colour(int score, int tolerable, int max) {
        if (score <= tolerable) return "#cde8c4";
        double t = max == tolerable ? 1 : (score - tolerable) / (double) (max - tolerable);
        int green = (int) Math.round(200 - 150 * t);
        int blue = (int) Math.round(120 - 90 * t);
        return String.format(Locale.ROOT, "rgb(%d,%d,%d)", 240, green, blue);
    }
}
