package dev.nnet.repl;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Hands {@link Completions} to JLine as candidates, grouped and described. */
final class ReplCompleter implements Completer {
    private final Completions completions;

    ReplCompleter(Completions completions) {
        this.completions = completions;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        for (Suggestion s : completions.at(line.line(), line.cursor()).suggestions()) {
            candidates.add(new Candidate(s.value(), s.display(), s.group(), s.description(), null, null, s.complete()));
        }
    }
}
