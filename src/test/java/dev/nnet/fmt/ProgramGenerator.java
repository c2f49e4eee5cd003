package dev.nnet.fmt;

import java.util.List;
import java.util.Random;

/**
 * Random valid NNet programs from a seed, using every statement and expression form, written in
 * a random layout: random spaces and tabs, line breaks wherever the language allows them, `;` or
 * line breaks between statements, blocks on one line or several, redundant parentheses, trailing
 * commas, blank lines, comments both at the end of lines and on lines of their own, and line
 * endings LF, CRLF or CR.
 *
 * <p>Whether a line break may stand somewhere follows the rules of docs/language.md ("Where a
 * statement ends"): anywhere inside ( ), [ ] and a { } that opens a value; elsewhere only after an
 * operator, a comma, a colon, `=`, `.` or an opening bracket.
 */
final class ProgramGenerator {
    private static final List<String> NAMES = List.of("a", "b", "x", "y", "net", "opt", "data", "iris", "_z", "w2",
            "relu", "dense", "epoch", "batch");
    /** Option names, record fields and members may also be keywords (but not true or false). */
    private static final List<String> WORDS = List.of("train", "test", "validation", "loss", "x", "y", "seed",
            "let", "def", "dataset", "model", "evaluate", "predict", "print", "on", "input", "for", "in", "if", "else",
            "backward", "step", "and", "or", "not", "save", "to", "summary");
    /** Members: not `and`, `or`, `not`, after which a line break does not end a statement (x.and at the end of a line continues). */
    private static final List<String> MEMBERS = WORDS.subList(0, WORDS.size() - 3);
    private static final List<String> COMMENTS = List.of("#", "# note", "#tight", "# a \"quoted\" word",
            "# ends with spaces   ", "# has a # inside", "# ünïcödé", "# emoji \uD83D\uDE00 here", "## double",
            "# let x = 1 (code in a comment)");
    private static final List<String> STRINGS = List.of("\"\"", "\"data/iris.csv\"", "\"a\\tb\"", "\"quote \\\" in\"",
            "\"back\\\\slash\"", "\"line\\nbreak\"", "\"raw\ttab\"", "\"é\"", "\"#not a comment\"");
    private static final List<String> INTS = List.of("0", "1", "42", "60_000", "1_0", "007", "123456");
    private static final List<String> FLOATS = List.of("0.5", "1e-3", "2.5E+4", "1.0", "3_0.2_5", "1e3", "0.000");

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private int depth;

    ProgramGenerator(long seed) {
        this.random = new Random(seed);
    }

    String program() {
        if (chance(0.3)) separators(true);
        int statements = random.nextInt(8);
        for (int i = 0; i < statements; i++) {
            if (i > 0) separators(false);
            statement(2);
        }
        if (chance(0.4)) separators(true);
        double endings = random.nextDouble();
        if (endings < 0.1) return out.toString().replace("\n", "\r\n");
        if (endings < 0.13) return out.toString().replace("\n", "\r");
        return out.toString();
    }

    // Layout

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** A token; a space is put before it if it would otherwise run into the word before it. */
    private void tok(String text) {
        if (out.length() > 0 && isWord(out.charAt(out.length() - 1)) && isWord(text.charAt(0))) out.append(' ');
        out.append(text);
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private void spaces() {
        double p = random.nextDouble();
        if (p < 0.45) return;
        if (p < 0.85) out.append(' ');
        else if (p < 0.95) out.append("   ");
        else out.append('\t');
    }

    private void comment() {
        out.append(pick(COMMENTS));
    }

    /** A place where a line break is allowed: usually spaces, sometimes a line break with comments. */
    private void breakable() {
        spaces();
        if (!chance(0.18)) return;
        if (chance(0.3)) {
            out.append(' ');
            comment();
        }
        out.append('\n');
        while (chance(0.25)) {
            if (chance(0.3)) out.append('\n');
            spaces();
            comment();
            out.append('\n');
        }
        indentation();
    }

    private void indentation() {
        out.append(" ".repeat(random.nextInt(9)));
        if (chance(0.05)) out.append('\t');
    }

    /** A gap between two tokens: breakable when inside brackets (free), otherwise only spaces. */
    private void gap(boolean free) {
        if (free) breakable(); else spaces();
    }

    /** Between statements (or model items, or options): `;` or line breaks, with comments and blank lines. */
    private void separators(boolean optional) {
        spaces();
        double p = random.nextDouble();
        if (p < 0.25) {
            out.append(';');
            spaces();
            if (!chance(0.3)) return;
        }
        if (chance(0.25)) {
            out.append(' ');
            comment();
        }
        out.append('\n');
        while (chance(0.3)) {
            if (chance(0.4)) out.append('\n');
            if (chance(0.6)) {
                spaces();
                comment();
            }
            out.append('\n');
        }
        if (chance(0.1)) out.append(";\n");
        indentation();
        if (optional && chance(0.1)) out.append("\n");
    }

    // Statements

    private void statement(int blockDepth) {
        int kind = random.nextInt(blockDepth > 0 ? 12 : 10);
        switch (kind) {
            case 0 -> {
                tok("let");
                name();
                spaces();
                tok("=");
                breakable();
                expr(0, false, true);
            }
            case 1 -> {
                tok("def");
                name();
                spaces();
                tok("(");
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    breakable();
                    name();
                    breakable();
                    if (i < n - 1 || chance(0.2)) tok(",");
                }
                breakable();
                tok(")");
                spaces();
                tok("=");
                breakable();
                expr(0, false, true);
            }
            case 2 -> {
                tok("dataset");
                name();
                spaces();
                tok("=");
                breakable();
                expr(0, false, true);
                if (chance(0.6)) {
                    spaces();
                    optionBlock();
                }
            }
            case 3 -> {
                if (chance(0.3)) {
                    tok("model");
                    name();
                    spaces();
                    tok("=");
                    breakable();
                    expr(0, false, true);
                } else {
                    model();
                }
            }
            case 4 -> {
                tok("train");
                name();
                tok("on");
                spaces();
                expr(0, false, false);
                spaces();
                optionBlock();
            }
            case 5 -> {
                tok("evaluate");
                name();
                tok("on");
                spaces();
                expr(0, false, false);
                if (chance(0.5)) {
                    spaces();
                    optionBlock();
                }
            }
            case 6 -> {
                tok("predict");
                name();
                tok("on");
                spaces();
                expr(0, false, false);
                if (chance(0.3)) {
                    spaces();
                    tok("to");
                    spaces();
                    expr(0, false, false);
                }
            }
            case 7 -> {
                if (chance(0.2)) {
                    tok("summary");
                    name();
                } else {
                    print();
                }
            }
            case 8 -> {
                tok("backward");
                spaces();
                expr(0, false, false);
            }
            case 9 -> {
                if (chance(0.3)) {
                    tok("save");
                    name();
                    tok("to");
                    spaces();
                    expr(0, false, false);
                    return;
                }
                tok("step");
                spaces();
                expr(0, false, false);
                spaces();
                tok("on");
                name();
            }
            case 10 -> {
                tok("for");
                name();
                tok("in");
                spaces();
                expr(0, false, false);
                spaces();
                block(blockDepth - 1);
            }
            default -> ifStatement(blockDepth);
        }
    }

    private void ifStatement(int blockDepth) {
        tok("if");
        spaces();
        expr(0, false, false);
        spaces();
        block(blockDepth - 1);
        if (!chance(0.5)) return;
        double p = random.nextDouble();
        if (p < 0.6) spaces();
        else if (p < 0.8) separators(false);
        else out.append(" ;");
        tok("else");
        spaces();
        if (chance(0.4)) ifStatement(blockDepth);
        else block(blockDepth - 1);
    }

    private void print() {
        tok("print");
        int n = random.nextInt(4);
        if (n == 0 || chance(0.5)) {
            spaces();
            tok("(");
            for (int i = 0; i < n; i++) {
                breakable();
                expr(0, true, true);
                breakable();
                if (i < n - 1) tok(",");
            }
            breakable();
            tok(")");
            return;
        }
        spaces();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                tok(",");
                breakable();
            }
            expr(0, false, i > 0);
            spaces();
        }
    }

    /** `{ }` with statements, model items or options, on one line or several. */
    private void braces(Runnable item, int maxItems) {
        tok("{");
        boolean oneLine = chance(0.4);
        int n = random.nextInt(maxItems + 1);
        if (!oneLine && chance(0.6) || chance(0.2)) separators(true); else spaces();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                if (oneLine) {
                    spaces();
                    out.append(';');
                    spaces();
                } else {
                    separators(false);
                }
            }
            item.run();
        }
        if (!oneLine && chance(0.6)) separators(true); else spaces();
        tok("}");
    }

    private void block(int blockDepth) {
        braces(() -> statement(Math.max(0, blockDepth)), blockDepth > 0 ? 3 : 2);
    }

    private void model() {
        tok("model");
        name();
        spaces();
        braces(() -> {
            double p = random.nextDouble();
            if (p < 0.3) {
                tok("input");
                spaces();
                expr(0, false, false);
            } else if (p < 0.5) {
                name();
            } else {
                name();
                arguments(true);
            }
        }, 4);
    }

    private void optionBlock() {
        braces(() -> {
            word();
            spaces();
            tok(":");
            breakable();
            expr(0, false, true);
        }, 4);
    }

    private void name() {
        tok(pick(NAMES));
    }

    private void word() {
        tok(pick(WORDS));
    }

    // Expressions. Precedence, from the loosest: or 1, and 2, not 3, comparison 4, range 5, + - 6,
    // * / % @ 7, sign 8, call and member 9, atoms 10.

    /**
     * An expression that binds at least as tightly as {@code minimum} (else it gets parentheses).
     * {@code free}: inside brackets, where a line break may stand anywhere. {@code valueStart}: it
     * follows `=`, `:`, `,`, `(` or `[`, so that a record here opens a value brace.
     */
    private void expr(int minimum, boolean free, boolean valueStart) {
        depth++;
        try {
            int form = depth > 4 ? 10 : pickForm();
            boolean parenthesize = form < minimum || chance(0.06);
            if (parenthesize) {
                tok("(");
                breakable();
                form(form, true, true);
                breakable();
                tok(")");
            } else {
                form(form, free, valueStart);
            }
        } finally {
            depth--;
        }
    }

    private int pickForm() {
        double p = random.nextDouble();
        if (p < 0.40) return 10;
        if (p < 0.55) return 9;
        if (p < 0.62) return 8;
        if (p < 0.72) return 7;
        if (p < 0.82) return 6;
        if (p < 0.86) return 5;
        if (p < 0.91) return 4;
        if (p < 0.94) return 3;
        if (p < 0.97) return 2;
        return 1;
    }

    private void form(int form, boolean free, boolean valueStart) {
        switch (form) {
            case 1 -> binary(1, List.of("or"), free, valueStart);
            case 2 -> binary(2, List.of("and"), free, valueStart);
            case 3 -> {
                tok("not");
                breakable();
                expr(3, free, false);
            }
            case 4 -> binary(4, List.of("<", "<=", ">", ">=", "==", "!="), free, valueStart);
            case 5 -> binary(5, List.of(".."), free, valueStart);
            case 6 -> binary(6, List.of("+", "-"), free, valueStart);
            case 7 -> binary(7, List.of("*", "/", "%", "@"), free, valueStart);
            case 8 -> {
                tok(chance(0.8) ? "-" : "+");
                breakable();
                expr(8, free, false);
            }
            case 9 -> {
                expr(9, free, valueStart);
                if (chance(0.5)) {
                    gap(free);
                    arguments(false);
                } else {
                    gap(free);
                    tok(".");
                    breakable();
                    tok(pick(MEMBERS));
                }
            }
            default -> atom(free, valueStart);
        }
    }

    private void binary(int precedence, List<String> operators, boolean free, boolean valueStart) {
        expr(precedence, free, valueStart);
        int more = chance(0.3) ? 2 : 1;
        for (int i = 0; i < more; i++) {
            gap(free);
            tok(pick(operators));
            breakable();
            expr(precedence + 1, free, false);
        }
    }

    private void atom(boolean free, boolean valueStart) {
        double p = random.nextDouble();
        if (p < 0.3) {
            name();
        } else if (p < 0.45) {
            tok(pick(INTS));
        } else if (p < 0.55) {
            tok(pick(FLOATS));
        } else if (p < 0.65) {
            tok(pick(STRINGS));
        } else if (p < 0.7) {
            tok(chance(0.5) ? "true" : "false");
        } else if (p < 0.85 && depth < 4) {
            list();
        } else if (depth < 4) {
            record(valueStart);
        } else {
            name();
        }
    }

    private void list() {
        tok("[");
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            breakable();
            expr(0, true, true);
            breakable();
            if (i < n - 1 || chance(0.25)) tok(",");
        }
        breakable();
        tok("]");
    }

    /** A record; after anything but `= : , ( [` its braces do not open a value, so line breaks are rarer. */
    private void record(boolean valueStart) {
        tok("{");
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            breakable();
            word();
            gap(valueStart);
            tok(":");
            breakable();
            expr(0, valueStart, true);
            gap(valueStart);
            if (i < n - 1 || chance(0.25)) tok(",");
        }
        if (n == 0 || out.charAt(out.length() - 1) == ',') breakable(); else gap(valueStart);
        tok("}");
    }

    /** `(positional..., named: ...)`, with an optional trailing comma. */
    private void arguments(boolean layer) {
        tok("(");
        int positional = random.nextInt(3);
        int named = random.nextInt(3);
        int n = positional + named;
        for (int i = 0; i < n; i++) {
            breakable();
            if (i >= positional) {
                name();
                breakable();
                tok(":");
                breakable();
            }
            expr(0, true, true);
            breakable();
            if (i < n - 1 || chance(0.25)) tok(",");
        }
        breakable();
        tok(")");
    }
}
