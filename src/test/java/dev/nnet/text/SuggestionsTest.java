package dev.nnet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void closeWordsAreSuggested() {
        assertEquals("sigmoid", Suggestions.closest("sigmod", List.of("sigmoid", "tanh")).orElseThrow());
        assertEquals("train", Suggestions.closest("trian", List.of("train", "test")).orElseThrow());
        assertEquals("label", Suggestions.closest("lable", List.of("label", "width")).orElseThrow());
    }

    @Test
    void farWordsAndTheWordItselfAreNot() {
        assertTrue(Suggestions.closest("x", List.of("mse", "mae")).isEmpty());
        assertTrue(Suggestions.closest("relu", List.of("relu", "tanh")).isEmpty());
    }

    @Test
    void anotherLetterCaseIsSuggested() {
        assertEquals("species", Suggestions.closest("Species", List.of("species", "petal_width")).orElseThrow());
    }

    @Test
    void tiesGoToTheFirstInAlphabeticalOrder() {
        assertEquals("mae", Suggestions.closest("mbe", List.of("mse", "mae")).orElseThrow());
    }
}
