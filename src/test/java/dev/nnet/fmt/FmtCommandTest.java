package dev.nnet.fmt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnet.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `nnet fmt` as a user runs it: files rewritten or left alone, `--check`, standard input, exit codes. */
class FmtCommandTest {
    private static final String MESSY = "let   x=1\nmodel net{input 2;dense(1)}\n";
    private static final String TIDY = "let x = 1\nmodel net { input 2; dense(1) }\n";
    private static final String BROKEN = "let x = (1 +\nmodel net { input 2 }\n";

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {
    }

    static Run nnet(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream original = System.in;
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            if (stdin != null) System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            exit = Main.execute(args, o, e);
        } finally {
            System.setIn(original);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path script(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private List<String> folderContents() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void rewritesAScriptInItsCanonicalLayout() throws IOException {
        Path file = script("a.nnet", MESSY);
        Run run = nnet(null, "fmt", file.toString());
        assertEquals(new Run(0, "", ""), run);
        assertEquals(TIDY, read(file));
        assertEquals(List.of("a.nnet"), folderContents(), "a temporary file was left behind");
    }

    @Test
    void formatsSeveralFilesAndLeavesFormattedOnesAlone() throws IOException {
        Path messy = script("messy.nnet", MESSY);
        Path tidy = script("tidy.nnet", TIDY);
        long modified = Files.getLastModifiedTime(tidy).toMillis() - 10_000;
        Files.setLastModifiedTime(tidy, java.nio.file.attribute.FileTime.fromMillis(modified));
        assertEquals(0, nnet(null, "fmt", messy.toString(), tidy.toString()).exit());
        assertEquals(TIDY, read(messy));
        assertEquals(TIDY, read(tidy));
        assertEquals(modified, Files.getLastModifiedTime(tidy).toMillis(), "a formatted file was written again");
    }

    @Test
    void aScriptWithSyntaxErrorsIsLeftUntouchedAndItsErrorsPrinted() throws IOException {
        Path file = script("broken.nnet", BROKEN);
        Path tidy = script("tidy.nnet", MESSY);
        Run run = nnet(null, "fmt", file.toString(), tidy.toString());
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("error[E0104]"), run.err());
        assertTrue(run.err().contains("--> " + file + ":1:9"), run.err());
        assertTrue(run.err().contains("it was left as it was"), run.err());
        assertEquals(BROKEN, read(file));
        assertEquals(TIDY, read(tidy), "the other file is still formatted");
    }

    @Test
    void checkListsTheFilesThatAreNotFormattedAndChangesNothing() throws IOException {
        Path messy = script("messy.nnet", MESSY);
        Path tidy = script("tidy.nnet", TIDY);
        assertEquals(new Run(0, "", ""), nnet(null, "fmt", "--check", tidy.toString()));
        Run run = nnet(null, "fmt", "--check", messy.toString(), tidy.toString());
        assertEquals(new Run(1, messy + "\n", ""), run);
        assertEquals(MESSY, read(messy));
        assertEquals(TIDY, read(tidy));
    }

    @Test
    void checkReportsSyntaxErrorsWithExitOne() throws IOException {
        Path file = script("broken.nnet", BROKEN);
        Run run = nnet(null, "fmt", "--check", file.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("error[E0104]"), run.err());
        assertEquals(BROKEN, read(file));
    }

    @Test
    void standardInputToStandardOutput() {
        assertEquals(new Run(0, TIDY, ""), nnet(MESSY, "fmt", "-"));
        assertEquals(new Run(0, TIDY, ""), nnet(TIDY, "fmt", "-"));
        assertEquals(new Run(0, "", ""), nnet("", "fmt", "-"));
    }

    @Test
    void standardInputWithSyntaxErrorsPrintsNothingOnStandardOutput() {
        Run run = nnet(BROKEN, "fmt", "-");
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("error[E0104]") && run.err().contains("<stdin>:1:9"), run.err());
    }

    @Test
    void checkOnStandardInput() {
        assertEquals(new Run(0, "", ""), nnet(TIDY, "fmt", "--check", "-"));
        assertEquals(new Run(1, "<stdin>\n", ""), nnet(MESSY, "fmt", "--check", "-"));
    }

    @Test
    void badCommandLinesExitWithTwo() throws IOException {
        Path tidy = script("tidy.nnet", TIDY);
        assertEquals(2, nnet(null, "fmt").exit());
        assertEquals(2, nnet(null, "fmt", "--no-such-option", tidy.toString()).exit());
        Run both = nnet(TIDY, "fmt", "-", tidy.toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("must be the only FILE"), both.err());
        Run missing = nnet(null, "fmt", folder.resolve("missing.nnet").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("cannot read"), missing.err());
    }

    @Test
    void lineEndingsAndByteOrderMarkBecomeCanonical() throws IOException {
        Path crlf = folder.resolve("crlf.nnet");
        Files.write(crlf, ("\uFEFF" + TIDY.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        assertEquals(new Run(1, crlf + "\n", ""), nnet(null, "fmt", "--check", crlf.toString()));
        assertEquals(0, nnet(null, "fmt", crlf.toString()).exit());
        assertArrayEquals(TIDY.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(crlf));
    }

    @Test
    void keepsPermissionsAndFollowsSymbolicLinks() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = script("real.nnet", MESSY);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(folder.resolve("link.nnet"), file.getFileName());
        assertEquals(0, nnet(null, "fmt", link.toString()).exit());
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
        assertEquals(TIDY, read(file));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of("link.nnet", "real.nnet"), folderContents());
    }

    @Test
    void helpNamesTheCommand() {
        Run run = nnet(null, "fmt", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("--check") && run.out().contains("canonical layout"), run.out());
    }
}
