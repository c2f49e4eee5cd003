package dev.nnet.data;

import java.util.List;

/** The package's entry points: what the checker asks before a run, and what a run trains on. */
public final class Datasets {
    /** Names accepted by {@link Source.Builtin}. */
    public static final List<String> BUILTINS = List.of("iris", "xor");

    /** Names accepted by {@link Source.Generated}. */
    public static final List<String> GENERATED = Source.Generated.NAMES;

    private Datasets() {}

    /** Tables already read, so that checking and then running a script parse its data once. */
    private static final BoundTableCache TABLES = new BoundTableCache();

    /**
     * The dataset's shape and classes, with everything about the file and the spec checked, but no
     * split drawn and nothing normalised: cheap enough for the type checker to call on every check.
     *
     * @throws DataError for the first mistake in the file or the spec
     */
    public static DataSchema peek(DatasetSpec spec) {
        DataSchema schema = bind(spec, false).schema();
        if (spec.split() != null) Splitter.checkNotEmpty(schema, spec.split());
        return schema;
    }

    /**
     * The examples, split and normalised. The same spec gives bit-identical arrays on every call.
     *
     * @throws DataError for the first mistake in the file or the spec
     */
    public static LoadedDataset load(DatasetSpec spec) {
        BoundTable bound = bind(spec, true);
        if (spec.shuffle()) bound = shuffled(bound, spec.seed());
        DataSchema schema = bound.schema();
        Examples all = bound.examples();
        Examples train = null;
        Examples validation = null;
        Examples test = null;
        if (spec.split() != null) {
            Splitter.checkNotEmpty(schema, spec.split());
            int[][] parts = Splitter.split(all.count(), bound.labels(), schema.classNames().size(), spec.split(), spec.seed());
            train = all.select(parts[0]);
            validation = spec.split().validation() > 0 ? all.select(parts[1]) : null;
            test = spec.split().test() > 0 ? all.select(parts[2]) : null;
        }
        // fitted before anything is rescaled, and on the train rows only, so that no statistic of
        // the rows used to judge the model leaks into it
        Examples fittedOn = train != null ? train : all;
        if (spec.missing() == MissingPolicy.MEAN) {
            float[] means = MissingMeans.fit(fittedOn.x(), schema);
            for (Examples examples : new Examples[] {all, train, validation, test}) {
                if (examples != null) MissingMeans.fill(examples.x(), means);
            }
        }
        Normalizer normalizer = Normalizer.fit(spec.normalize(), fittedOn.x(), schema.width());
        for (Examples examples : new Examples[] {all, train, validation, test}) {
            if (examples != null) normalizer.applyInPlace(examples.x(), schema.width());
        }
        return new LoadedDataset(schema, all, train, validation, test, normalizer);
    }

    /**
     * The folds of a k-fold cross-validation of the dataset's rows (shuffled first with
     * {@code shuffle: true}), stratified for a class target and drawn from the dataset's seed; in
     * each, missing means and the normalisation are fitted on the training rows only.
     *
     * @throws DataError for the first mistake in the file or the spec
     */
    public static java.util.List<Fold> folds(DatasetSpec spec, int folds) {
        BoundTable bound = bind(spec, true);
        if (spec.shuffle()) bound = shuffled(bound, spec.seed());
        DataSchema schema = bound.schema();
        Examples all = bound.examples();
        int[][] heldOut = Folds.heldOut(all.count(), bound.labels(), schema.classNames().size(), folds, spec.seed());
        java.util.List<Fold> out = new java.util.ArrayList<>();
        for (int f = 0; f < folds; f++) {
            Examples train = all.select(Folds.trainingRows(heldOut, f));
            Examples held = all.select(heldOut[f]);
            if (spec.missing() == MissingPolicy.MEAN) {
                float[] means = MissingMeans.fit(train.x(), schema);
                MissingMeans.fill(train.x(), means);
                MissingMeans.fill(held.x(), means);
            }
            Normalizer normalizer = Normalizer.fit(spec.normalize(), train.x(), schema.width());
            normalizer.applyInPlace(train.x(), schema.width());
            normalizer.applyInPlace(held.x(), schema.width());
            out.add(new Fold(train, held, normalizer, heldOut[f].clone()));
        }
        return out;
    }

    /** @param withPixels false when only the schema is wanted: an IDX image file is checked, not converted */
    private static BoundTable bind(DatasetSpec spec, boolean withPixels) {
        if (spec.source() instanceof Source.IdxFiles idx) return IdxReader.read(idx, spec, withPixels);
        if (spec.source() instanceof Source.Generated g && g.classes() > 0 && spec.classes() == null) {
            List<String> classes = new java.util.ArrayList<>();
            for (int c = 0; c < g.classes(); c++) classes.add(Integer.toString(c));
            spec = spec.withClasses(classes);
        }
        DatasetSpec effective = spec; // with a generated source's classes: the lambda needs it final
        byte[] bytes = SourceReader.bytes(spec.source(), spec.seed());
        return TABLES.bound(spec, bytes, () -> Binder.bind(CsvReader.read(bytes, SourceReader.file(effective.source())),
                effective, SourceReader.describe(effective.source())));
    }

    /** The rows in a seeded random order, drawn apart from the split's own randomness. */
    private static BoundTable shuffled(BoundTable t, long seed) {
        int rows = t.schema().rowCount();
        int width = t.schema().width();
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) order[i] = i;
        dev.nnet.engine.Rng.forPurpose(seed, "shuffle rows").shuffle(order);
        float[] x = new float[t.x().length];
        int[] labels = t.labels() == null ? null : new int[rows];
        float[] y = t.y() == null ? null : new float[rows];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(t.x(), order[i] * width, x, i * width, width);
            if (labels != null) labels[i] = t.labels()[order[i]];
            if (y != null) y[i] = t.y()[order[i]];
        }
        return new BoundTable(t.schema(), x, labels, y);
    }
}
