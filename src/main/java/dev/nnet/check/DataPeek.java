package dev.nnet.check;

import dev.nnet.data.DataError;
import dev.nnet.data.DataSchema;
import dev.nnet.data.Datasets;

/** The data catalogue that reads the real files: header, target column and cells, before training. */
public final class DataPeek implements DataCatalog {
    @Override
    public Value.Schema schema(Plan.Dataset draft) throws DataError {
        DataSchema s = Datasets.peek(Specs.of(draft));
        boolean hasSplit = draft.split() != null;
        return new Value.Schema(s.featureNames(), s.targetName(), s.isClassification(), s.classNames(), hasSplit,
                hasSplit && draft.split().validation() > 0, hasSplit && draft.split().test() > 0, s.rowCount(),
                hasSplit ? draft.split().train() : 1).withClassCounts(s.classCounts());
    }
}
