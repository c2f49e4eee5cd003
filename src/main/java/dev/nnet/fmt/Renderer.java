package dev.nnet.fmt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Lays a {@link Doc} out in lines of at most {@link #WIDTH} columns (comments not counted), then
 * aligns the trailing comments of consecutive lines. Iterative, so that a long chain of operators
 * never needs a deep Java stack.
 */
final class Renderer {
    static final int WIDTH = 100;
    static final int INDENT = 4;
    /** Spaces between code and a trailing comment, at least. */
    private static final int COMMENT_GAP = 2;

    private enum Mode { FLAT, BREAK }

    private record Command(int indent, Mode mode, Doc doc) {
    }

    /** One output line: its code (with indentation) and its trailing comment, or null. */
    private record OutLine(String code, String comment) {
    }

    private final List<OutLine> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean hasContent;       // the current line has text (its indentation is written)
    private int pendingIndent;        // the indentation of the current line when it has no text yet
    private String suffix;            // the current line's trailing comment
    private boolean mustBreak;        // a trailing comment ends the current line: text goes on the next
    private boolean blankPending;     // an empty line goes before the next text

    private Renderer() {
    }

    static String render(Doc doc) {
        Renderer r = new Renderer();
        r.layout(doc);
        if (r.hasContent) r.finishLine();
        return r.joined();
    }

    private void layout(Doc root) {
        Deque<Command> stack = new ArrayDeque<>();
        stack.push(new Command(0, Mode.BREAK, root));
        while (!stack.isEmpty()) {
            Command c = stack.pop();
            Doc doc = c.doc();
            if (doc instanceof Doc.Text t) {
                text(t.text(), c.indent());
            } else if (doc instanceof Doc.Concat concat) {
                List<Doc> parts = concat.parts();
                for (int i = parts.size() - 1; i >= 0; i--) stack.push(new Command(c.indent(), c.mode(), parts.get(i)));
            } else if (doc instanceof Doc.Nest nest) {
                stack.push(new Command(c.indent() + INDENT, c.mode(), nest.content()));
            } else if (doc instanceof Doc.Group group) {
                Mode mode;
                if (c.mode() == Mode.FLAT) mode = Mode.FLAT;
                else if (group.breaks()) mode = Mode.BREAK;
                else mode = fits(new Command(c.indent(), Mode.FLAT, group.content()), stack,
                        WIDTH - column(c.indent())) ? Mode.FLAT : Mode.BREAK;
                stack.push(new Command(c.indent(), mode, group.content()));
            } else if (doc instanceof Doc.Line line) {
                if (line.kind() == Doc.Line.Kind.HARD || c.mode() == Mode.BREAK) newline(c.indent());
                else if (line.kind() == Doc.Line.Kind.SPACE) text(" ", c.indent());
            } else if (doc instanceof Doc.IfBreak ifBreak) {
                text(c.mode() == Mode.BREAK ? ifBreak.broken() : ifBreak.flat(), c.indent());
            } else if (doc instanceof Doc.TrailingComment comment) {
                trailingComment(comment.text(), c.indent());
            } else if (doc instanceof Doc.OwnLineComment comment) {
                ownLineComment(comment.text(), c.indent(), comment.continuation());
            } else if (doc instanceof Doc.BlankLine) {
                blankLine();
            } else {
                throw new IllegalStateException("unknown layout element " + doc);
            }
        }
    }

    /** The column the next text would start at. */
    private int column(int indent) {
        if (mustBreak) return indent + INDENT;
        return hasContent ? current.length() : pendingIndent;
    }

    /**
     * Whether {@code next} fits in {@code width} columns laid out flat, counting what follows it on
     * the same line (the rest of the stack, up to its first line break).
     */
    private static boolean fits(Command next, Deque<Command> rest, int width) {
        Deque<Command> local = new ArrayDeque<>();
        local.push(next);
        Iterator<Command> restIterator = rest.iterator(); // from the top of the stack: what comes next
        while (width >= 0) {
            if (local.isEmpty()) {
                if (!restIterator.hasNext()) return true;
                local.push(restIterator.next());
            }
            Command c = local.pop();
            Doc doc = c.doc();
            if (doc instanceof Doc.Text t) {
                width -= t.text().length();
            } else if (doc instanceof Doc.Concat concat) {
                List<Doc> parts = concat.parts();
                for (int i = parts.size() - 1; i >= 0; i--) local.push(new Command(c.indent(), c.mode(), parts.get(i)));
            } else if (doc instanceof Doc.Nest nest) {
                local.push(new Command(c.indent(), c.mode(), nest.content()));
            } else if (doc instanceof Doc.Group group) {
                local.push(new Command(c.indent(), group.breaks() ? Mode.BREAK : c.mode(), group.content()));
            } else if (doc instanceof Doc.Line line) {
                if (line.kind() == Doc.Line.Kind.HARD || c.mode() == Mode.BREAK) return true;
                if (line.kind() == Doc.Line.Kind.SPACE) width--;
            } else if (doc instanceof Doc.IfBreak ifBreak) {
                width -= (c.mode() == Mode.BREAK ? ifBreak.broken() : ifBreak.flat()).length();
            } else {
                return true; // a comment or a blank line: a new line starts before any more text
            }
        }
        return false;
    }

    private void text(String s, int indent) {
        if (s.isEmpty()) return;
        boolean blank = s.isBlank();
        if (mustBreak) {
            if (blank) return; // spaces before a forced line break would only trail
            newline(indent + INDENT);
        }
        if (!hasContent) {
            if (blank) return; // no spaces at the start of a line
            startLine();
        }
        current.append(s);
    }

    private void startLine() {
        if (blankPending && !lines.isEmpty() && !lines.get(lines.size() - 1).code().isEmpty()) {
            lines.add(new OutLine("", null));
        }
        blankPending = false;
        current.append(" ".repeat(pendingIndent));
        hasContent = true;
    }

    private void newline(int indent) {
        if (hasContent) finishLine();
        pendingIndent = indent;
        mustBreak = false;
    }

    private void finishLine() {
        int end = current.length();
        while (end > 0 && current.charAt(end - 1) == ' ') end--;
        lines.add(new OutLine(current.substring(0, end), suffix));
        current.setLength(0);
        hasContent = false;
        suffix = null;
        mustBreak = false;
    }

    private void trailingComment(String comment, int indent) {
        if (hasContent && suffix == null) {
            suffix = comment;
            mustBreak = true;
        } else {
            ownLineComment(comment, indent, true);
        }
    }

    private void ownLineComment(String comment, int indent, boolean continuation) {
        if (hasContent) {
            finishLine();
            pendingIndent = continuation ? indent + INDENT : indent;
        }
        int at = pendingIndent;
        startLine();
        current.append(comment);
        finishLine();
        pendingIndent = at;
    }

    private void blankLine() {
        if (hasContent) finishLine();
        mustBreak = false;
        blankPending = true;
    }

    /**
     * The lines, with trailing comments aligned: the trailing comments of consecutive lines start
     * in one column, two spaces after the longest code among those lines.
     */
    private String joined() {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            int column = 0;
            while (end < lines.size() && lines.get(end).comment() != null) {
                column = Math.max(column, lines.get(end).code().length() + COMMENT_GAP);
                end++;
            }
            if (end == i) {
                out.append(lines.get(i++).code()).append('\n');
                continue;
            }
            for (; i < end; i++) {
                OutLine line = lines.get(i);
                out.append(line.code()).append(" ".repeat(column - line.code().length())).append(line.comment())
                        .append('\n');
            }
        }
        return out.toString();
    }
}
