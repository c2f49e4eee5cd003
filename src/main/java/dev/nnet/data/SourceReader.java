package dev.nnet.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns a {@link Source} into a parsed table, with the file-system failures put in plain words. */
final class SourceReader {
    private SourceReader() {}

    /** The source's CSV text, undecoded. @param seed draws a generated table */
    static byte[] bytes(Source source, long seed) {
        if (source instanceof Source.CsvFile csv) return readFile(csv.path());
        if (source instanceof Source.Generated g) return Generators.csv(g, seed);
        return readBuiltin(((Source.Builtin) source).name());
    }

    /** The file that error reports name, or null for a built-in or generated table. */
    static Path file(Source source) {
        return source instanceof Source.CsvFile csv ? csv.path() : null;
    }

    /** How messages refer to the table: "the file" or "the built-in dataset `iris`". */
    static String describe(Source source) {
        if (source instanceof Source.Builtin builtin) return "the built-in dataset `" + builtin.name() + "`";
        if (source instanceof Source.Generated g) return "the generated dataset `" + g.name() + "`";
        return "the file";
    }

    static byte[] readFile(Path path) {
        if (Files.isDirectory(path)) {
            throw new DataError(DataErrorKind.UNREADABLE, path, 0, 0, 0, null, null,
                    "`" + path + "` is a folder, not a file", "name the file inside it");
        }
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new DataError(DataErrorKind.FILE_NOT_FOUND, path, 0, 0, 0, null, null,
                    "the file `" + path + "` does not exist", nearbyFile(path));
        } catch (AccessDeniedException e) {
            throw new DataError(DataErrorKind.UNREADABLE, path, 0, 0, 0, null, null,
                    "the file `" + path + "` cannot be read: permission denied", null);
        } catch (IOException e) {
            throw new DataError(DataErrorKind.UNREADABLE, path, 0, 0, 0, null, null,
                    "the file `" + path + "` cannot be read: " + e.getMessage(), null);
        }
    }

    /** A likely typo of a file next to the one asked for, or null. */
    private static String nearbyFile(Path path) {
        Path folder = path.toAbsolutePath().getParent();
        if (folder == null || path.getFileName() == null || !Files.isDirectory(folder)) return null;
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            return null; // only a hint: a folder we cannot list just gets none
        }
        names.sort(null); // the listing order is the file system's; the hint must not depend on it
        String hint = Suggest.didYouMean(path.getFileName().toString(), names);
        return hint.isEmpty() ? null : hint.strip();
    }

    private static byte[] readBuiltin(String name) {
        if (!Datasets.BUILTINS.contains(name)) {
            throw new DataError(DataErrorKind.UNKNOWN_BUILTIN, null, 0, 0, 0, null, name,
                    "there is no built-in dataset `" + name + "`",
                    Suggest.didYouMean(name, Datasets.BUILTINS) + "the built-in datasets are "
                            + Suggest.list(Datasets.BUILTINS));
        }
        try (InputStream in = SourceReader.class.getResourceAsStream(name + ".csv")) {
            if (in == null) throw new IllegalStateException("built-in dataset " + name + " is missing from the build");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("built-in dataset " + name + " cannot be read", e);
        }
    }
}
