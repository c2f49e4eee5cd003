package dev.nnet.data;

import java.util.List;

/** The package's entry points: what the checker asks before a run, and what a run trains on. */
public final class Datasets {
    /** Names accepted by {@link Source.Builtin}. */
    public static final List<String> BUILTINS = List.of("iris", "xor");

    private Datasets() {}

    /**
     * The dataset's shape and classes, with everything about the file and the spec checked, but no
     * split drawn and nothing normalised: cheap enough for the type checker to call on every check.
     *
     * @throws DataError for the first mistake in the file or the spec
     */
    public static DataSchema peek(DatasetSpec spec) {
        DataSchema schema = bind(spec).schema();
        if (spec.split() != null) Splitter.checkNotEmpty(schema, spec.split());
        return schema;
    }

    /**
     * The examples, split and normalised. The same spec gives bit-identical arrays on every call.
     *
     * @throws DataError for the first mistake in the file or the spec
     */
    public static LoadedDataset load(DatasetSpec spec) {
        BoundTable bound = bind(spec);
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
        Normalizer normalizer = Normalizer.fit(spec.normalize(), fittedOn.x(), schema.width());
        for (Examples examples : new Examples[] {all, train, validation, test}) {
            if (examples != null) normalizer.applyInPlace(examples.x(), schema.width());
        }
        return new LoadedDataset(schema, all, train, validation, test, normalizer);
    }

    private static BoundTable bind(DatasetSpec spec) {
        return Binder.bind(SourceReader.read(spec.source()), spec, SourceReader.describe(spec.source()));
    }
}
