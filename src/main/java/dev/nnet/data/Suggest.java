package dev.nnet.data;

import dev.nnet.text.Suggestions;
import java.util.List;

/** Wording shared by the data readers' help lines: "did you mean" and bounded lists of names. */
final class Suggest {
    /** A wide file (MNIST as CSV has 785 columns) must not flood the help line. */
    private static final int MAX_LISTED = 12;

    private Suggest() {}

    /** "did you mean `x`? " when a candidate is close enough to be a likely typo, else "". */
    static String didYouMean(String wanted, List<String> candidates) {
        return Suggestions.closest(wanted, candidates).map(c -> "did you mean `" + c + "`? ").orElse("");
    }

    /** "a, b, c" or "a, b, ... and 40 more". */
    static String list(List<String> names) {
        if (names.isEmpty()) return "(none)";
        int shown = Math.min(names.size(), MAX_LISTED);
        String joined = String.join(", ", names.subList(0, shown));
        return shown == names.size() ? joined : joined + ", ... and " + (names.size() - shown) + " more";
    }
}
