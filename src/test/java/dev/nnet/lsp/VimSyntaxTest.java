package dev.nnet.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Vim support in a real Vim, headless (vim -es): the syntax group at given places of a fixture
 * (synIDattr), re-indenting a file, and the group of every word of the language.
 */
class VimSyntaxTest {
    private static final Path VIM = Path.of("editor-support/vim").toAbsolutePath();
    private static final Path WORK = Path.of("target/editor-tests/vim").toAbsolutePath();

    @BeforeEach
    void needsVim() throws Exception {
        ExternalTool.assumeInstalled("vim", "apt-get install vim-nox");
        ExternalTool.Result version = ExternalTool.run(VIM, 30, List.of("vim", "-es", "-N", "-u", "NONE", "-i", "NONE",
                "-c", "if !has('syntax') | cquit! | endif", "-c", "qall!"));
        org.junit.jupiter.api.Assumptions.assumeTrue(version.exitCode() == 0,
                "this vim has no syntax highlighting (vim-tiny?): install vim-nox; skipping the Vim tests");
        Files.createDirectories(WORK);
    }

    @Test
    void theSyntaxAndIndentFilesPassTheirTests() throws Exception {
        Path results = WORK.resolve("results.txt");
        Files.deleteIfExists(results);
        ExternalTool.Result run = ExternalTool.run(VIM, 60, List.of("vim", "-es", "-N", "-u", "NONE", "-i", "NONE",
                "--cmd", "set rtp^=" + VIM, "--cmd", "let g:nnet_test_results = '" + results + "'",
                "-S", VIM.resolve("test/run.vim").toString()));
        String failures = Files.exists(results) ? Files.readString(results) : "(no results written)\n" + run.output();
        assertEquals("", failures.strip(), "vim test failures");
        assertEquals(0, run.exitCode(), run.output());
    }

    @Test
    void theExamplesShowNoMistake() throws Exception {
        for (Path example : EditorWords.examples()) {
            Path out = WORK.resolve("mistakes.txt");
            Files.deleteIfExists(out);
            ExternalTool.Result run = ExternalTool.run(VIM, 60, List.of("vim", "-es", "-N", "-u", "NONE", "-i", "NONE",
                    "--cmd", "set rtp^=" + VIM, "-c", "filetype on", "-c", "syntax on", "-c", "edit " + example,
                    "-c", "let g:bad = []",
                    "-c", "for l in range(1, line('$')) | for c in range(1, col([l, '$']) - 1)"
                            + " | let n = synIDattr(synID(l, c, 1), 'name')"
                            + " | if n =~# 'Error\\|BadEscape\\|Unterminated' | call add(g:bad, l . ':' . c . ' ' . n)"
                            + " | endif | endfor | endfor",
                    "-c", "call writefile(g:bad, '" + out + "')", "-c", "qall!"));
            assertEquals(0, run.exitCode(), run.output());
            assertEquals(List.of(), Files.readAllLines(out), example + " shows mistakes in Vim");
        }
    }

    @Test
    void everyWordOfTheLanguageHasTheGroupOfItsKind() throws Exception {
        Map<String, EditorWords.Look> words = EditorWords.all();
        Path file = WORK.resolve("words.nnet");
        Path out = WORK.resolve("words-groups.txt");
        Files.write(file, words.keySet());
        Files.deleteIfExists(out);
        ExternalTool.Result run = ExternalTool.run(VIM, 60, List.of("vim", "-es", "-N", "-u", "NONE", "-i", "NONE",
                "--cmd", "set rtp^=" + VIM, "-c", "filetype on", "-c", "syntax on", "-c", "edit " + file,
                "-c", "call writefile(map(range(1, line('$')), "
                        + "{_, l -> getline(l) . ' ' . synIDattr(synID(l, 1, 1), 'name')}), '" + out + "')",
                "-c", "qall!"));
        assertEquals(0, run.exitCode(), run.output());
        List<String> wrong = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            String[] parts = line.split(" ", -1);
            String expected = words.get(parts[0]).vimGroup();
            if (!expected.equals(parts[1])) wrong.add(parts[0] + ": " + parts[1] + " instead of " + expected);
        }
        assertEquals(words.size(), Files.readAllLines(out).size());
        assertEquals(List.of(), wrong);
    }
}
