package dev.nnet.data;

import static dev.nnet.data.Fixtures.assertError;
import static dev.nnet.data.Fixtures.error;
import static dev.nnet.data.Fixtures.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mistakes in single cells and rows, each pinned to the exact span a diagnostic will underline. */
class CellErrorsTest {

    @Test
    void textInAFeatureColumnIsNotANumber() {
        DataError e = error(spec("not_a_number.csv"));
        assertError(e, DataErrorKind.NOT_A_NUMBER, 3, 6, 3, "x2", "abc");
        assertEquals("the value `abc` in column `x2` is not a number", e.getMessage());
        assertTrue(e.help().contains("features: [...]"), e.help());
    }

    @Test
    void anEmptyFeatureCellIsMissing() {
        assertError(error(spec("missing_value.csv")), DataErrorKind.MISSING_VALUE, 2, 5, 1, "x2", "");
    }

    @Test
    void anEmptyTargetCellAtTheEndOfTheLineIsMissing() {
        // the cell has no characters: the caret goes just past the last comma
        assertError(error(spec("missing_target.csv")), DataErrorKind.MISSING_VALUE, 3, 9, 1, "label", "");
    }

    @Test
    void nanIsNotFinite() {
        assertError(error(spec("nan.csv")), DataErrorKind.NOT_FINITE, 3, 1, 3, "x1", "NaN");
    }

    @Test
    void aNumberBeyondDoubleRangeIsNotFinite() {
        assertError(error(spec("overflow.csv")), DataErrorKind.NOT_FINITE, 2, 5, 5, "x2", "1e400");
    }

    @Test
    void aNumberBeyondFloatRangeIsNotFinite() {
        // 1e39 fits a double but not the float the model computes with
        assertError(error(spec("float_overflow.csv")), DataErrorKind.NOT_FINITE, 3, 5, 5, "x2", "-1e39");
    }

    @Test
    void anInfiniteRealTargetIsNotFinite() {
        DataError e = error(spec("regression_infinite_target.csv"));
        assertError(e, DataErrorKind.NOT_FINITE, 3, 3, 9, "y", "-Infinity");
    }

    @Test
    void aShortRowPointsJustPastItsLastCell() {
        DataError e = error(spec("row_too_short.csv"));
        assertError(e, DataErrorKind.ROW_TOO_SHORT, 3, 8, 1, "label", null);
        assertEquals("this row has 2 values, but the header names 3 columns", e.getMessage());
    }

    @Test
    void aLongRowPointsAtTheFirstExtraCell() {
        // the usual cause: a decimal comma, "1,5" for 1.5
        DataError e = error(spec("row_too_long.csv"));
        assertError(e, DataErrorKind.ROW_TOO_LONG, 2, 9, 1, null, "a");
        assertTrue(e.help().contains("decimal point"), e.help());
    }

    @Test
    void anUnclosedQuotePointsAtTheOpeningQuote() {
        assertError(error(spec("unterminated_quote.csv")), DataErrorKind.UNTERMINATED_QUOTE, 3, 9, 1, "label", null);
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        assertError(error(spec("text_after_quote.csv")), DataErrorKind.TEXT_AFTER_QUOTE, 2, 12, 1, "label", "b");
    }

    @Test
    void invalidUtf8NamesTheLineAndCountsCharactersNotBytes() {
        // "ü" is two bytes and one character, the emoji four bytes and one character (two UTF-16
        // units): the bad byte is character 11 of line 3
        DataError e = error(spec("bad_encoding.csv"));
        assertError(e, DataErrorKind.BAD_ENCODING, 3, 11, 1, null, "0xFF");
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void columnsCountCharactersBeyondTheBasicPlane() {
        // each emoji is two UTF-16 units but one character on screen
        DataError e = error(spec("emoji.csv", "label", null, null));
        assertError(e, DataErrorKind.NOT_A_NUMBER, 2, 4, 3, "x1", "bad");
    }

    @Test
    void linesAfterAMultiLineQuotedCellAreCountedFromTheFile() {
        assertError(error(spec("bad_after_multiline.csv")), DataErrorKind.NOT_A_NUMBER, 4, 1, 4, "x1", "oops");
    }

    @Test
    void linesInACrlfFileAreCountedOnce() {
        assertError(error(spec("crlf_bad.csv")), DataErrorKind.NOT_A_NUMBER, 4, 1, 1, "x1", "z");
    }

    @Test
    void skippedBlankLinesStillCount() {
        assertError(error(spec("blank_lines_bad.csv")), DataErrorKind.NOT_A_NUMBER, 6, 1, 1, "x1", "z");
    }

    @Test
    void rowsOfClassesLeftOutAreStillChecked() {
        // "b" is not kept, yet its bad cell is reported: the file itself is malformed
        DataError e = error(spec("not_a_number.csv", "label", null, List.of("a")));
        assertError(e, DataErrorKind.NOT_A_NUMBER, 3, 6, 3, "x2", "abc");
    }
}
