package dev.nnet.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What counts as a number in a data file. Deliberately narrower than {@link Double#parseDouble},
 * which also takes "0x1p3", "1d" and "1f": a cell like that is far likelier a mistake than a number.
 */
final class Numbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final List<String> NON_FINITE_WORDS = List.of("nan", "inf", "infinity");

    private Numbers() {}

    /** A plain decimal number, such as {@code -1.5e3}; says nothing about its size. */
    static boolean isDecimal(String text) {
        return DECIMAL.matcher(text).matches();
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
