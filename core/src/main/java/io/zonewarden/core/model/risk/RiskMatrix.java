package io.zonewarden.core.model.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * The risk matrix: labelled likelihood and consequence levels, the risk score of each cell, the tolerable-risk line
 * and the SL-T each cell calls for. Rows are consequence levels 1..n, columns likelihood levels 1..m, so the score of
 * a consequence {@code c} and likelihood {@code l} is {@code score.get(c - 1).get(l - 1)}.
 *
 * <p>Scores must not decrease towards a worse consequence or a higher likelihood: a countermeasure that lowers
 * either can then never raise the risk, which the roadmap relies on.
 *
 * @param tolerable scores up to and including this are tolerable
 * @param slTarget the SL-T (0-4) a scenario in each cell calls for, same shape as {@code score}
 */
public record RiskMatrix(
        List<String> likelihood,
        List<String> consequence,
        List<List<Integer>> score,
        int tolerable,
        List<List<Integer>> slTarget) {

    /**
     * The default 5 x 5 matrix: illustrative, <b>not from the standard</b>. The scores are those of the project's
     * architecture example; the SL-T per cell is the illustrative mapping of the reference notes on deriving SL-T
     * from risk (one SL per band, catastrophic and frequent at SL 4). The asset owner must calibrate both to their
     * own tolerable risk.
     */
    public static final RiskMatrix DEFAULT = new RiskMatrix(
            List.of("rare", "unlikely", "possible", "likely", "almost-certain"),
            List.of("negligible", "minor", "moderate", "major", "catastrophic"),
            List.of(
                    List.of(1, 1, 2, 3, 4),
                    List.of(1, 2, 3, 4, 6),
                    List.of(2, 3, 5, 7, 9),
                    List.of(3, 4, 7, 10, 14),
                    List.of(4, 6, 9, 14, 20)),
            4,
            List.of(
                    List.of(1, 1, 1, 1, 2),
                    List.of(1, 1, 2, 2, 3),
                    List.of(1, 2, 2, 3, 3),
                    List.of(2, 2, 3, 3, 4),
                    List.of(2, 3, 3, 4, 4)));

    public RiskMatrix {
        likelihood = List.copyOf(likelihood);
        consequence = List.copyOf(consequence);
        if (likelihood.isEmpty() || consequence.isEmpty()) {
            throw new IllegalArgumentException("a risk matrix needs at least one likelihood and one consequence level");
        }
        score = grid(score, "score", consequence.size(), likelihood.size(), 0, Integer.MAX_VALUE);
        slTarget = grid(slTarget, "slTarget", consequence.size(), likelihood.size(), 0, 4);
        for (int c = 0; c < consequence.size(); c++) {
            for (int l = 0; l < likelihood.size(); l++) {
                int s = score.get(c).get(l);
                if (c > 0 && score.get(c - 1).get(l) > s) {
                    throw new IllegalArgumentException("score[" + (c + 1) + "][" + (l + 1) + "] = " + s
                            + " is below the cell of the milder consequence ("
                            + score.get(c - 1).get(l)
                            + "): scores must not fall as the consequence worsens");
                }
                if (l > 0 && score.get(c).get(l - 1) > s) {
                    throw new IllegalArgumentException("score[" + (c + 1) + "][" + (l + 1) + "] = " + s
                            + " is below the cell of the lower likelihood ("
                            + score.get(c).get(l - 1)
                            + "): scores must not fall as the likelihood rises");
                }
            }
        }
    }

    private static List<List<Integer>> grid(
            List<List<Integer>> rows, String what, int height, int width, int min, int max) {
        if (rows.size() != height) {
            throw new IllegalArgumentException(
                    what + " needs " + height + " rows (one per consequence level), got " + rows.size());
        }
        var copy = new ArrayList<List<Integer>>(height);
        for (int r = 0; r < height; r++) {
            var row = rows.get(r);
            if (row.size() != width) {
                throw new IllegalArgumentException(what + " row " + (r + 1) + " needs " + width
                        + " cells (one per likelihood level), got " + row.size());
            }
            for (int v : row) {
                if (v < min || v > max) {
                    throw new IllegalArgumentException(what + " row " + (r + 1) + " holds " + v + ", expected " + min
                            + (max == Integer.MAX_VALUE ? " or more" : ".." + max));
                }
            }
            copy.add(List.copyOf(row));
        }
        return List.copyOf(copy);
    }

    public int likelihoodLevels() {
        return likelihood.size();
    }

    public int consequenceLevels() {
        return consequence.size();
    }

    /** The score of a cell; levels start at 1. */
    public int score(int consequenceLevel, int likelihoodLevel) {
        return score.get(consequenceLevel - 1).get(likelihoodLevel - 1);
    }

    /** The SL-T a cell calls for; levels start at 1. */
    public int slTarget(int consequenceLevel, int likelihoodLevel) {
        return slTarget.get(consequenceLevel - 1).get(likelihoodLevel - 1);
    }

    public boolean tolerable(int score) {
        return score <= tolerable;
    }

    /** True when this is the illustrative default that the asset owner has not calibrated. */
    public boolean isDefault() {
        return equals(DEFAULT);
    }
}
