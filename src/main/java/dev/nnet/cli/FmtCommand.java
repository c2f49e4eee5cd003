package dev.nnet.cli;

import dev.nnet.diag.SourceText;
import dev.nnet.fmt.Formatted;
import dev.nnet.fmt.Formatter;
import dev.nnet.session.ScriptFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = {"Rewrite scripts in the one canonical layout (see docs/language.md, \"Formatting\").",
                "A script with syntax errors is left as it was and its errors are printed.",
                "`nnet fmt -` reads a script from standard input and writes it, formatted, to standard output."})
final class FmtCommand implements Callable<Integer> {
    private static final String STDIN = "-";

    private final PrintStream out;
    private final PrintStream err;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the .nnet scripts to format, or - for standard input")
    private List<String> files;

    @Option(names = "--check", description = "change nothing: list the scripts that are not formatted, and exit"
            + " with 1 if there are any")
    private boolean check;

    FmtCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (files.contains(STDIN)) {
            if (files.size() > 1) {
                err.println("nnet: `-` (standard input) must be the only FILE of `nnet fmt`");
                return Main.USAGE_ERROR;
            }
            return standardInput();
        }
        int exit = Main.OK;
        for (String file : files) exit = Math.max(exit, file(file));
        return exit;
    }

    private int file(String file) {
        Path path = Path.of(file);
        SourceText source;
        byte[] before;
        try {
            source = ScriptFiles.read(path, file);
            before = Files.readAllBytes(path);
        } catch (ScriptFiles.Unreadable e) {
            err.println("nnet: cannot read `" + file + "`: " + e.getMessage());
            return Main.USAGE_ERROR;
        } catch (IOException e) {
            err.println("nnet: cannot read `" + file + "`: " + e.getMessage());
            return Main.USAGE_ERROR;
        }
        Formatted formatted;
        try {
            formatted = Formatter.format(source);
        } catch (RuntimeException e) {
            return Main.internalError(e, err);
        }
        if (!formatted.ok()) {
            DiagnosticPrinter.print(formatted.diagnostics(), err);
            err.println("error: `" + file + "` has " + DiagnosticPrinter.count(formatted.diagnostics())
                    + "; it was left as it was");
            return Main.SCRIPT_ERROR;
        }
        byte[] after = formatted.text().getBytes(StandardCharsets.UTF_8);
        if (Arrays.equals(before, after)) return Main.OK;
        if (check) {
            out.println(file);
            return Main.SCRIPT_ERROR;
        }
        try {
            replace(path, after);
        } catch (IOException e) {
            err.println("nnet: cannot write `" + file + "`: " + e.getMessage());
            return Main.USAGE_ERROR;
        }
        return Main.OK;
    }

    /**
     * Writes the new text to a temporary file next to the script, then moves it over the script,
     * so that the script is at every moment either wholly old or wholly new. A symbolic link is
     * followed, and the file keeps its permissions.
     */
    private static void replace(Path path, byte[] content) throws IOException {
        Path target = path.toRealPath();
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".fmt");
        try {
            Files.write(temporary, content);
            try {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException notPosix) {
                // the file system has no POSIX permissions to keep
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private int standardInput() {
        String text;
        byte[] before;
        try {
            before = readAll(System.in);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(before)).toString();
        } catch (CharacterCodingException e) {
            err.println("nnet: cannot read standard input: it is not UTF-8 text");
            return Main.USAGE_ERROR;
        } catch (IOException e) {
            err.println("nnet: cannot read standard input: " + e.getMessage());
            return Main.USAGE_ERROR;
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        Formatted formatted;
        try {
            formatted = Formatter.format(new SourceText("<stdin>", text));
        } catch (RuntimeException e) {
            return Main.internalError(e, err);
        }
        if (!formatted.ok()) {
            DiagnosticPrinter.print(formatted.diagnostics(), err);
            err.println("error: the script on standard input has " + DiagnosticPrinter.count(formatted.diagnostics()));
            return Main.SCRIPT_ERROR;
        }
        byte[] after = formatted.text().getBytes(StandardCharsets.UTF_8);
        if (check) {
            if (Arrays.equals(before, after)) return Main.OK;
            out.println("<stdin>");
            return Main.SCRIPT_ERROR;
        }
        out.write(after, 0, after.length);
        out.flush();
        return Main.OK;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
