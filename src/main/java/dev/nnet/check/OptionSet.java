package dev.nnet.check;

import dev.nnet.ast.Option;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.text.Suggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The options of one block, checked against the names that block accepts. */
final class OptionSet {
    private final Map<String, Option> options = new LinkedHashMap<>();
    private final java.util.Set<String> suggested = new java.util.HashSet<>();

    OptionSet(List<Option> written, List<String> known, String blockName, Reporter reporter) {
        for (Option o : written) {
            String name = o.name().text();
            if (!known.contains(name)) {
                Optional<String> guess = Suggestions.closest(name, known);
                guess.ifPresent(suggested::add);
                reporter.error(DiagnosticCode.E0204, o.name().span(), "`" + blockName + "` has no option `" + name
                        + "`", "unknown option", guess.map(g -> "did you mean `" + g + "`?")
                        .orElse("its options are " + Plan.joinWords(known)));
            } else if (options.containsKey(name)) {
                reporter.error(DiagnosticCode.E0205, o.name().span(), "the option `" + name + "` is given twice",
                        "given again here", "the first is at line " + options.get(name).span().line()
                                + "; remove one of them");
            } else {
                options.put(name, o);
            }
        }
    }

    Option get(String name) {
        return options.get(name);
    }

    /** Whether an unknown option was answered with "did you mean `name`" (then its absence is no news). */
    boolean suggested(String name) {
        return suggested.contains(name);
    }

    boolean has(String name) {
        return options.containsKey(name);
    }
}
