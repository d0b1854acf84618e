package io.zonewarden.app.report;

import io.zonewarden.core.roadmap.Roadmap;
import java.util.Locale;

/** The roadmap's curve of risk against money spent, as an inline SVG: a step down per countermeasure. */
final class CostCurve {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 15;
    private static final int BOTTOM = 45;

    private CostCurve() {}

    static String svg(Roadmap r) {
        double maxX = Math.max(1, Math.max(r.budget(), r.cost()));
        double maxY = Math.max(1, r.scoreBefore());
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        var sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "<svg class=\"curve\" viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""
                        + " aria-label=\"risk against money spent\">",
                WIDTH,
                HEIGHT));
        sb.append(String.format(
                Locale.ROOT,
                "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/><line class=\"axis\" x1=\"%d\" y1=\"%d\""
                        + " x2=\"%d\" y2=\"%d\"/>",
                LEFT,
                TOP,
                LEFT,
                TOP + plotH,
                LEFT,
                TOP + plotH,
                LEFT + plotW,
                TOP + plotH));
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotH - plotH * i / 4.0;
            sb.append(String.format(
                    Locale.ROOT,
                    "<text class=\"label\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>",
                    LEFT - 6,
                    y + 4,
                    Math.round(maxY * i / 4)));
            double x = LEFT + plotW * i / 4.0;
            sb.append(String.format(
                    Locale.ROOT,
                    "<text class=\"label\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    x,
                    TOP + plotH + 16,
                    String.format(Locale.ROOT, "%,d", Math.round(maxX * i / 4))));
        }
        var points = new StringBuilder();
        double x0 = LEFT;
        double y = TOP + plotH - plotH * r.scoreBefore() / maxY;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f", x0, y));
        for (var step : r.steps()) {
            double x = LEFT + plotW * step.spent() / maxX;
            points.append(String.format(Locale.ROOT, " %.1f,%.1f", x, y));
            y = TOP + plotH - plotH * step.scoreAfter() / maxY;
            points.append(String.format(Locale.ROOT, " %.1f,%.1f", x, y));
            sb.append(String.format(
                    Locale.ROOT,
                    "<circle class=\"step phase%d\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"><title>%s: spent %,d, score %d"
                            + " (phase %d)</title></circle>",
                    Math.min(step.phase(), 4),
                    x,
                    y,
                    Html.escape(step.countermeasure()),
                    step.spent(),
                    step.scoreAfter(),
                    step.phase()));
        }
        sb.insert(
                sb.indexOf("<circle") < 0 ? sb.length() : sb.indexOf("<circle"),
                "<polyline class=\"plan\" points=\"" + points + "\"/>");
        double budgetX = LEFT + plotW * r.budget() / maxX;
        sb.append(String.format(
                Locale.ROOT,
                "<line class=\"budget\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/><text class=\"label\" x=\"%.1f\""
                        + " y=\"%d\" text-anchor=\"end\">budget</text>",
                budgetX,
                TOP,
                budgetX,
                TOP + plotH,
                budgetX - 4,
                TOP + 12));
        sb.append(String.format(
                Locale.ROOT,
                "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">money spent</text>",
                LEFT + plotW / 2,
                HEIGHT - 6));
        sb.append(String.format(
                Locale.ROOT,
                "<text class=\"label\" x=\"12\" y=\"%d\" transform=\"rotate(-90 12 %d)\""
                        + " text-anchor=\"middle\">risk score</text>",
                TOP + plotH / 2,
                TOP + plotH / 2));
        return sb.append("</svg>").toString();
    }
}
