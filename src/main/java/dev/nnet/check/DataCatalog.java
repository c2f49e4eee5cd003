package dev.nnet.check;

import dev.nnet.data.DataError;

/** Reads what the checker needs to know of a dataset (its columns and classes) before anything runs. */
public interface DataCatalog {
    /** The schema of the dataset a statement describes; {@code draft.schema()} is still null. */
    Value.Schema schema(Plan.Dataset draft) throws DataError;
}
