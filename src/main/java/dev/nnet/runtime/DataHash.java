package dev.nnet.runtime;

import dev.nnet.check.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The provenance of a model's data: the SHA-256 of the file it was trained on (an IDX set's images), or its generator. */
final class DataHash {
    private DataHash() {
    }

    /** The hash of the dataset's file, "builtin:NAME" for a built-in dataset, null when it cannot be read. */
    static String of(Plan.Dataset dataset) {
        if (dataset == null) return null;
        if (dataset.source() instanceof Plan.Source.Builtin b) return "builtin:" + b.name();
        if (dataset.source() instanceof Plan.Source.Generated g) {
            return "generated:" + g.name() + "(n: " + g.rows() + ", classes: " + g.classes() + ", features: "
                    + g.features() + ", noise: " + g.noise() + ", seed: " + dataset.seed() + ")";
        }
        java.nio.file.Path file = dataset.source() instanceof Plan.Source.Idx idx ? idx.images()
                : ((Plan.Source.CsvFile) dataset.source()).path();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null; // provenance is a help, not a reason to fail a training run
        }
    }
}
