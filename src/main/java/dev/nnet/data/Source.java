package dev.nnet.data;

import java.nio.file.Path;
import java.util.Objects;

/** Where a dataset's table comes from. */
public sealed interface Source {

    /** A CSV file; a relative path is resolved by the caller, typically against the script's folder. */
    record CsvFile(Path path) implements Source {
        public CsvFile {
            Objects.requireNonNull(path, "path");
        }
    }

    /** A table shipped with NNet, by name; see {@link Datasets#BUILTINS}. */
    record Builtin(String name) implements Source {
        public Builtin {
            Objects.requireNonNull(name, "name");
        }
    }
}
