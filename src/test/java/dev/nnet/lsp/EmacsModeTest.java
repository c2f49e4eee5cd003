package dev.nnet.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Emacs mode in a real Emacs, in batch: its ERT tests (font-lock, indentation, comments,
 * imenu, the eglot entry), and the face of every word of the language.
 */
class EmacsModeTest {
    private static final Path EMACS = Path.of("editor-support/emacs").toAbsolutePath();
    private static final Path WORK = Path.of("target/editor-tests/emacs").toAbsolutePath();

    @BeforeEach
    void needsEmacs() throws Exception {
        ExternalTool.assumeInstalled("emacs", "apt-get install emacs-nox");
        Files.createDirectories(WORK);
    }

    @Test
    void theErtTestsPass() throws Exception {
        ExternalTool.Result run = ExternalTool.run(EMACS, 120, List.of("emacs", "--batch", "-Q", "-L", EMACS.toString(),
                "-l", EMACS.resolve("test/nnet-mode-test.el").toString(), "-f", "ert-run-tests-batch-and-exit"));
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("0 unexpected"), run.output());
    }

    @Test
    void theModeByteCompilesWithoutWarnings() throws Exception {
        Path copy = WORK.resolve("nnet-mode.el");
        Files.copy(EMACS.resolve("nnet-mode.el"), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ExternalTool.Result run = ExternalTool.run(WORK, 120, List.of("emacs", "--batch", "-Q",
                "--eval", "(setq byte-compile-error-on-warn t)", "-f", "batch-byte-compile", copy.toString()));
        assertEquals(0, run.exitCode(), run.output());
    }

    @Test
    void theExamplesShowNoMistake() throws Exception {
        for (Path example : EditorWords.examples()) {
            Path out = WORK.resolve("mistakes.txt");
            Files.deleteIfExists(out);
            String lisp = "(progn (require 'nnet-mode) (find-file \"" + example + "\") (font-lock-ensure)"
                    + " (let ((bad nil)) (goto-char (point-min))"
                    + " (while (not (eobp)) (let ((face (get-text-property (point) 'face)))"
                    + " (when (memq 'font-lock-warning-face (if (listp face) face (list face)))"
                    + " (push (format \"%d:%d\" (line-number-at-pos) (current-column)) bad))) (forward-char 1))"
                    + " (with-temp-file \"" + out + "\" (insert (mapconcat #'identity (nreverse bad) \"\\n\")))))";
            ExternalTool.Result run = ExternalTool.run(EMACS, 120, List.of("emacs", "--batch", "-Q", "-L",
                    EMACS.toString(), "--eval", lisp));
            assertEquals(0, run.exitCode(), run.output());
            assertEquals("", Files.readString(out), example + " shows mistakes in Emacs");
        }
    }

    @Test
    void everyWordOfTheLanguageHasTheFaceOfItsKind() throws Exception {
        Map<String, EditorWords.Look> words = EditorWords.all();
        Path file = WORK.resolve("words.nnet");
        Path out = WORK.resolve("words-faces.txt");
        Files.write(file, words.keySet());
        Files.deleteIfExists(out);
        String lisp = "(progn (require 'nnet-mode) (find-file \"" + file + "\") (font-lock-ensure)"
                + " (let ((lines nil)) (goto-char (point-min))"
                + " (while (not (eobp)) (push (format \"%s %s\" (buffer-substring (line-beginning-position)"
                + " (line-end-position)) (get-text-property (point) 'face)) lines) (forward-line 1))"
                + " (with-temp-file \"" + out + "\" (insert (mapconcat #'identity (nreverse lines) \"\\n\")))))";
        ExternalTool.Result run = ExternalTool.run(EMACS, 120, List.of("emacs", "--batch", "-Q", "-L", EMACS.toString(),
                "--eval", lisp));
        assertEquals(0, run.exitCode(), run.output());
        List<String> lines = Files.readAllLines(out);
        List<String> wrong = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split(" ", 2);
            String expected = words.get(parts[0]).emacsFace();
            if (!expected.equals(parts[1])) wrong.add(parts[0] + ": " + parts[1] + " instead of " + expected);
        }
        assertEquals(words.size(), lines.size());
        assertEquals(List.of(), wrong);
    }
}
