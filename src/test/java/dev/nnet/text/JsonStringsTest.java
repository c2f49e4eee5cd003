package dev.nnet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonStringsTest {
    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\n\\t\\u0001\"", JsonStrings.quote("a\"b\\c\n\t\u0001"));
    }

    @Test
    void otherCharactersStandAsTheyAre() {
        assertEquals("\"é ∑ 😀\"", JsonStrings.quote("é ∑ 😀"));
    }
}
