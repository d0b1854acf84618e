package io.zonewarden.core.io;

import java.util.Collection;
import java.util.Optional;

/** Suggests the closest known word for a misspelt one, by edit distance, as compilers do for unknown names. */
final class DidYouMean {

    private DidYouMean() {}

    static Optional<String> closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (var candidate : known) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        // a suggestion is only helpful when most of the word survives
        int limit = Math.max(1, Math.min(3, word.length() / 3));
        // and something of it survives at all: '6' is one edit from '0' but is no slip of it
        return best != null && bestDistance <= limit && bestDistance < word.length()
                ? Optional.of(best)
                : Optional.empty();
    }

    /** " (did you mean 'x'?)" or nothing. */
    static String hint(String word, Collection<String> known) {
        return closest(word, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /**
     * Edit distance with adjacent transpositions (optimal string alignment): "nmae" is one edit from "name", the
     * typing slip it usually is.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
