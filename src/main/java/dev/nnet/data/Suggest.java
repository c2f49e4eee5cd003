package dev.nnet.data;

import java.util.List;

/** Wording shared by the help lines: "did you mean" and bounded lists of names. */
final class Suggest {
    /** A wide file (MNIST as CSV has 785 columns) must not flood the help line. */
    private static final int MAX_LISTED = 12;

    private Suggest() {}

    /** "did you mean `x`? " when a candidate is close enough to be a likely typo, else "". */
    static String didYouMean(String wanted, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = candidate.equalsIgnoreCase(wanted) ? 0 : distance(wanted, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(1, wanted.length() / 3);
        return best != null && bestDistance <= allowed ? "did you mean `" + best + "`? " : "";
    }

    /** "a, b, c" or "a, b, ... and 40 more". */
    static String list(List<String> names) {
        if (names.isEmpty()) return "(none)";
        int shown = Math.min(names.size(), MAX_LISTED);
        String joined = String.join(", ", names.subList(0, shown));
        return shown == names.size() ? joined : joined + ", ... and " + (names.size() - shown) + " more";
    }

    /** Edit distance counting a swap of neighbours as one edit: "lable" is one typo from "label". */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
