package dev.nnet.check;

import dev.nnet.ast.Span;
import dev.nnet.data.DataError;
import dev.nnet.diag.Diagnostic;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.diag.SourceText;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a mistake found in a data file into a diagnostic. A mistake inside the file (a cell that
 * is not a number) points into the file, with its line shown; a mistake in how the script
 * describes the file (a column that does not exist) points into the script.
 */
public final class DataProblems {
    private DataProblems() {
    }

    static DiagnosticCode codeOf(DataError e) {
        return switch (e.kind()) {
            case FILE_NOT_FOUND, UNREADABLE -> DiagnosticCode.E0501;
            case UNKNOWN_COLUMN -> DiagnosticCode.E0502;
            case CLASS_NOT_IN_DATA, UNKNOWN_CLASS -> DiagnosticCode.E0503;
            case NOT_A_NUMBER, MISSING_VALUE, NOT_FINITE -> DiagnosticCode.E0504;
            case ROW_TOO_SHORT, ROW_TOO_LONG -> DiagnosticCode.E0505;
            case EMPTY_FILE, NO_ROWS -> DiagnosticCode.E0506;
            case UNTERMINATED_QUOTE, BAD_ENCODING, TEXT_AFTER_QUOTE -> DiagnosticCode.E0507;
            case TOO_FEW_ROWS -> DiagnosticCode.E0508;
            case IDX_MALFORMED -> DiagnosticCode.E0510;
            case DROPPED_COLUMN_IN_USE -> DiagnosticCode.E0512;
            case NO_VALUE_FOR_MEAN -> DiagnosticCode.E0504;
            default -> DiagnosticCode.E0509;
        };
    }

    /** A diagnostic placed in the data file itself, or at {@code fallback} in the script. */
    public static Diagnostic inFile(DataError e, SourceText script, Span fallback) {
        String[] help = e.help() == null ? new String[0] : new String[] {e.help()};
        if (e.file() != null && e.line() > 0) {
            SourceText file = read(e.file(), script);
            if (file != null && e.line() <= file.lineCount()) {
                int column = Math.max(1, e.column());
                int length = e.column() > 0 ? Math.max(1, e.length()) : Math.max(1, file.line(e.line()).length());
                Span span = file.spanAt(e.line(), column, length);
                return Diagnostic.error(codeOf(e), e.getMessage(), file, span, label(e), help);
            }
        }
        return Diagnostic.error(codeOf(e), e.getMessage(), script, fallback, label(e), help);
    }

    /** A diagnostic at a place in the script (the option or list item the mistake is about). */
    static Diagnostic inScript(DataError e, SourceText script, Span span, String label, List<String> extraHelp) {
        List<String> help = new ArrayList<>(extraHelp);
        if (e.help() != null) help.add(e.help());
        return new Diagnostic(codeOf(e), dev.nnet.diag.Severity.ERROR, e.getMessage(), script, span, label, help);
    }

    private static String label(DataError e) {
        return switch (e.kind()) {
            case NOT_A_NUMBER -> "not a number";
            case MISSING_VALUE -> "empty cell";
            case NOT_FINITE -> "not a finite number";
            case ROW_TOO_SHORT -> "too few cells";
            case ROW_TOO_LONG -> "too many cells";
            case UNTERMINATED_QUOTE -> "quote opened here";
            case TEXT_AFTER_QUOTE -> "after the closing quote";
            case BAD_ENCODING -> "not UTF-8";
            case DUPLICATE_COLUMN -> "repeated column name";
            case EMPTY_COLUMN_NAME -> "empty column name";
            case EMPTY_FILE -> "the file is empty";
            case NO_ROWS -> "no rows";
            default -> "";
        };
    }

    /** The file as text for showing one line of it; bytes that are not UTF-8 become U+FFFD. */
    private static SourceText read(Path file, SourceText script) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            // the reader does not count a byte-order mark in its columns, so neither does the display
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            text = visible(text);
            return new SourceText(displayName(file, script), text);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Control characters (a NUL, an escape) shown as their Unicode pictures, one character each so
     * that carets stay in place; a terminal would otherwise act on them or show nothing.
     */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            out.append(control ? (char) (0x2400 + c) : c == 0x7F ? '\u2421' : c);
        }
        return out.toString();
    }

    /** The data file's path as the user would write it: relative to the working folder when inside it. */
    static String displayName(Path file, SourceText script) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }
}
