package dev.nnet.data;

import java.nio.file.Path;
import java.util.List;
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

    /**
     * A table drawn at random from the dataset's seed; see {@link Generators}.
     *
     * @param name one of {@link Datasets#GENERATED}
     * @param rows examples to draw
     * @param classes classes (spirals, blobs); 2 for moons; 0 for regression
     * @param features feature columns (blobs, regression); 2 for spirals and moons
     * @param noise the standard deviation of the noise (for blobs: of each blob around its centre)
     */
    record Generated(String name, int rows, int classes, int features, double noise) implements Source {
        public static final List<String> NAMES = List.of("spirals", "moons", "blobs", "regression");

        public Generated {
            if (!NAMES.contains(name)) throw new IllegalArgumentException("no generator " + name);
            if (rows < 1 || features < 1 || classes < 0 || !(noise >= 0)) {
                throw new IllegalArgumentException("bad generator arguments");
            }
        }
    }

    /** MNIST's IDX format: an image file (idx3, unsigned bytes) and a label file (idx1), plain or gzip. */
    record IdxFiles(Path images, Path labels) implements Source {
        public IdxFiles {
            Objects.requireNonNull(images, "images");
            Objects.requireNonNull(labels, "labels");
        }
    }
}
