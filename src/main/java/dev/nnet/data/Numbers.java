package dev.nnet.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What counts as a number in a data file. Deliberately narrower than {@link Double#parseDouble},
 * which also takes "0x1p3", "1d" and "1f": a cell like that is far likelier a mistake than a number.
 */
final class Numbers {
    private static final List<String> NON_FINITE_WORDS = List.of("nan", "inf", "infinity");

    private Numbers() {}

    /**
     * A plain decimal number, such as {@code -1.5e3}; says nothing about its size. The grammar is
     * {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?} with ASCII digits, scanned by hand: every
     * cell of a data file passes here, and the regular expression took most of the time of
     * loading one (NumbersTest checks the two agree).
     */
    static boolean isDecimal(String text) {
        int n = text.length(), i = 0;
        if (i < n && isSign(text.charAt(i))) i++;
        int whole = i;
        while (i < n && isDigit(text.charAt(i))) i++;
        boolean digits = i > whole;
        if (i < n && text.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && isDigit(text.charAt(i))) i++;
            digits |= i > fraction;
        }
        if (!digits) return false;
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && isSign(text.charAt(i))) i++;
            int exponent = i;
            while (i < n && isDigit(text.charAt(i))) i++;
            if (i == exponent) return false;
        }
        return i == n;
    }

    private static boolean isSign(char c) {
        return c == '+' || c == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** NaN or an infinity spelled out, in any case, with an optional sign. */
    static boolean isNonFiniteWord(String text) {
        String word = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        return NON_FINITE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Meant as a number, finite or not. */
    static boolean isNumberLike(String text) {
        return isDecimal(text) || isNonFiniteWord(text);
    }

    /**
     * The cell as a float, parsed straight to float so that it is rounded once; or infinite when it
     * is too large for one. Only for text that {@link #isDecimal} accepts.
     */
    static float toFloat(String text) {
        return Float.parseFloat(text);
    }

    /**
     * Distinct values in the order a person expects: by value when every one is a number (so 2
     * comes before 10), otherwise by text.
     */
    static List<String> sorted(Iterable<String> values) {
        List<String> list = new ArrayList<>();
        boolean allNumbers = true;
        for (String value : values) {
            list.add(value);
            allNumbers &= isDecimal(value);
        }
        Comparator<String> byText = Comparator.naturalOrder();
        Comparator<String> order = allNumbers
                ? Comparator.comparingDouble(Double::parseDouble).thenComparing(byText)
                : byText;
        list.sort(order);
        return list;
    }
}
