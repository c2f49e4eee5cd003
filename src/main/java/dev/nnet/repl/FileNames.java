package dev.nnet.repl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * File names for completion: inside a string ({@code csv("data/ir}) and after {@code :load}. A
 * relative name starts in the folder the REPL was started in, as the session reads it.
 */
final class FileNames {
    private static final int MOST = 500;
    private final Path baseDir;

    FileNames(Path baseDir) {
        this.baseDir = baseDir;
    }

    /**
     * The entries of the folder that {@code typed} names, whose names begin with its last part. A
     * folder ends with {@code /} and lets completion go on; a file inside a string also closes it.
     */
    List<Suggestion> under(String typed, boolean inString) {
        int slash = typed.lastIndexOf('/');
        String folderPart = typed.substring(0, slash + 1);
        String namePart = typed.substring(slash + 1);
        Path folder;
        try {
            folder = folderPart.isEmpty() ? baseDir : baseDir.resolve(folderPart);
        } catch (RuntimeException invalid) {
            return List.of();
        }
        List<Suggestion> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(namePart) || (name.startsWith(".") && !namePart.startsWith("."))) continue;
                if (Files.isDirectory(entry)) {
                    out.add(new Suggestion(folderPart + name + "/", name + "/", "files", "folder", false));
                } else {
                    String value = folderPart + name + (inString ? "\"" : "");
                    out.add(new Suggestion(value, name, "files", "file", !inString));
                }
                if (out.size() >= MOST) break;
            }
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
        out.sort((a, b) -> a.value().compareTo(b.value()));
        return out;
    }
}
