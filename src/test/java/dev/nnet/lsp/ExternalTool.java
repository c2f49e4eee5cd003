package dev.nnet.lsp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an editor's own tool (npx, vim, emacs) for the editor-support tests. A test whose tool is
 * not installed is skipped with a message that says what to install; `.ci/run` installs them all.
 */
final class ExternalTool {
    /** What a run printed (stdout and stderr together) and its exit code. */
    record Result(int exitCode, String output) {
    }

    private ExternalTool() {
    }

    /** Skips the test unless {@code program} is on the PATH. */
    static void assumeInstalled(String program, String install) {
        assumeTrue(onPath(program), program + " is not installed (" + install + "); skipping this editor test");
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    static Result run(Path workingDir, long timeoutSeconds, List<String> command) throws IOException,
            InterruptedException {
        Path output = Files.createTempFile("nnet-editor-test", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s:\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
