package dev.nnet.check;

import dev.nnet.data.DatasetSpec;
import dev.nnet.data.MissingPolicy;
import dev.nnet.data.Normalization;
import dev.nnet.data.Source;
import dev.nnet.data.SplitFractions;

/** The data package's description of a dataset, from a checked dataset statement. */
public final class Specs {
    private Specs() {
    }

    public static DatasetSpec of(Plan.Dataset d) {
        Source source;
        if (d.source() instanceof Plan.Source.CsvFile csv) source = new Source.CsvFile(csv.path());
        else if (d.source() instanceof Plan.Source.Generated g) {
            source = new Source.Generated(g.name(), g.rows(), g.classes(), g.features(), g.noise());
        } else if (d.source() instanceof Plan.Source.Idx idx) source = new Source.IdxFiles(idx.images(), idx.labels());
        else source = new Source.Builtin(((Plan.Source.Builtin) d.source()).name());
        // k-fold cross-validation draws its folds when a `train` runs (data.Datasets.folds): no split here.
        SplitFractions split = d.split() == null || d.split().crossValidation() ? null
                : new SplitFractions(d.split().train(), d.split().validation(), d.split().test());
        return new DatasetSpec(source, d.target(), d.features(), d.classes(), Normalization.valueOf(d.normalize().name()),
                split, d.seed(), d.drop(), MissingPolicy.valueOf(d.missing().name()), d.shuffle());
    }
}
