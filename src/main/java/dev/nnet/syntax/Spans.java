package dev.nnet.syntax;

import dev.nnet.ast.Span;
import dev.nnet.diag.SourceText;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Turns ANTLR token positions into spans. ANTLR counts code points while Java strings (and so
 * SourceText) count UTF-16 units; the two differ only after a character outside the Basic
 * Multilingual Plane (an emoji in a comment, say), and then this maps one onto the other.
 */
final class Spans {
    private final SourceText source;
    private final int[] charOffsetOfCodePoint; // null when every character is one UTF-16 unit

    Spans(SourceText source) {
        this.source = source;
        String text = source.text();
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            charOffsetOfCodePoint = null;
        } else {
            charOffsetOfCodePoint = new int[codePoints + 1];
            int offset = 0;
            for (int i = 0; i < codePoints; i++) {
                charOffsetOfCodePoint[i] = offset;
                offset += Character.charCount(text.codePointAt(offset));
            }
            charOffsetOfCodePoint[codePoints] = offset;
        }
    }

    private int toChar(int codePointIndex) {
        if (charOffsetOfCodePoint == null) return codePointIndex;
        return charOffsetOfCodePoint[Math.min(codePointIndex, charOffsetOfCodePoint.length - 1)];
    }

    Span of(Token token) {
        return between(token, token);
    }

    Span of(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null || ctx.getStop().getStopIndex() < ctx.getStart().getStartIndex()
                ? ctx.getStart() : ctx.getStop();
        return between(ctx.getStart(), stop);
    }

    Span between(Token first, Token last) {
        int start = toChar(Math.max(0, first.getStartIndex()));
        int end = Math.max(start, toChar(last.getStopIndex() + 1));
        return at(start, end);
    }

    /** An empty span just after a token: where something missing should have been. */
    Span after(Token token) {
        int end = toChar(token.getStopIndex() + 1);
        return at(end, end);
    }

    Span at(int start, int end) {
        return new Span(start, end, source.lineOf(start), source.columnOf(start));
    }
}
