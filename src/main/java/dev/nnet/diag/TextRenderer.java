package dev.nnet.diag;

import dev.nnet.ast.Span;

/**
 * Renders a diagnostic as text in the style of the Rust and Elm compilers:
 *
 * <pre>
 * error[E0301]: model `net` expects 4 input features, but `iris.train` has 3
 *   --&gt; examples/iris.nnet:14:7
 *    |
 * 14 | train net on iris.train {
 *    |       ^^^ expects 4 features
 *    |
 *    = help: the dataset's feature columns are sepal_length, sepal_width, petal_length
 * </pre>
 */
public final class TextRenderer {
    private static final int MAX_SHOWN_LINE = 200;

    private TextRenderer() {
    }

    public static String render(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        out.append(d.severity().word).append('[').append(d.code().id).append("]: ").append(d.message()).append('\n');
        Span span = d.span();
        if (d.source() == null || span == null) {
            for (String help : d.help()) out.append("  = help: ").append(help).append('\n');
            return out.toString();
        }
        String lineNumber = Integer.toString(span.line());
        String pad = " ".repeat(lineNumber.length());
        out.append(pad).append("--> ").append(d.source().name()).append(':').append(span.line()).append(':')
                .append(span.column()).append('\n');
        out.append(pad).append(" |\n");
        String line = d.source().line(span.line());
        int caretStart = span.column() - 1;
        int caretLength = Math.max(1, Math.min(span.length(), line.length() - caretStart));
        // A very long line (a 10 MB single-line file, say) is shown as a window around the caret.
        if (line.length() > MAX_SHOWN_LINE) {
            int from = Math.max(0, Math.min(caretStart - 40, line.length() - MAX_SHOWN_LINE));
            int to = Math.min(line.length(), from + MAX_SHOWN_LINE);
            String shown = (from > 0 ? "..." : "") + line.substring(from, to) + (to < line.length() ? "..." : "");
            caretStart = caretStart - from + (from > 0 ? 3 : 0);
            caretLength = Math.max(1, Math.min(caretLength, to - (span.column() - 1)));
            line = shown;
        }
        out.append(lineNumber).append(" | ").append(line.replace('\t', ' ')).append('\n');
        out.append(pad).append(" | ").append(" ".repeat(Math.max(0, caretStart))).append("^".repeat(caretLength));
        if (d.label() != null && !d.label().isEmpty()) out.append(' ').append(d.label());
        out.append('\n');
        if (!d.help().isEmpty()) {
            out.append(pad).append(" |\n");
            for (String help : d.help()) out.append(pad).append(" = help: ").append(help).append('\n');
        }
        return out.toString();
    }
}
