package dev.nnet.fmt;

import java.util.List;

/**
 * The layout of a script before line widths are known, in the style of Wadler's "prettier
 * printer": text, places where a line may break, and groups that are laid out either flat (on one
 * line) or broken (every line of the group breaks). Comments are elements of their own, so that
 * the renderer can put them at the end of a line or on a line of their own.
 */
sealed interface Doc {

    /** Text that never contains a line break. */
    record Text(String text) implements Doc {
    }

    /** A space ({@link Kind#SPACE}) or nothing ({@link Kind#SOFT}) when flat, a line break when broken; HARD always breaks. */
    record Line(Kind kind) implements Doc {
        enum Kind { SPACE, SOFT, HARD }
    }

    record Concat(List<Doc> parts) implements Doc {
    }

    /** Its content, with line breaks indented four more columns. */
    record Nest(Doc content) implements Doc {
    }

    /** Laid out flat if {@code breaks} is false and it fits on the line, otherwise broken. */
    record Group(Doc content, boolean breaks) implements Doc {
    }

    /** Text that depends on the innermost group's layout (a trailing comma, `;` between items, padding). */
    record IfBreak(String broken, String flat) implements Doc {
    }

    /** A comment at the end of the current line; what follows it goes on a new line. */
    record TrailingComment(String text) implements Doc {
    }

    /**
     * A comment on a line of its own. If the current line has text, the comment starts a new line,
     * indented four more columns when {@code continuation} (the comment stands inside an expression).
     */
    record OwnLineComment(String text, boolean continuation) implements Doc {
    }

    /** One empty line before whatever comes next (never two, never at the start). */
    record BlankLine() implements Doc {
    }
}
