package dev.nnet.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a parsed table against a dataset spec and turns the rows into numbers. Script-level
 * mistakes (the spec's own lists, then names the header lacks) come first; then the rows, in reading
 * order, so that the error reported is the first one a person would meet going down the file.
 * Every row is checked, including rows of classes the spec leaves out: a malformed file is reported
 * whatever part of it a script happens to use.
 */
final class Binder {
    private static final int UNUSED = -1;
    private static final int TARGET = -2;

    private final DatasetSpec spec;
    private final CsvTable table;
    private final Path file;
    private final String where;
    private final List<String> names;

    private Binder(CsvTable table, DatasetSpec spec, String where) {
        this.spec = spec;
        this.table = table;
        this.file = table.file();
        this.where = where;
        this.names = table.columnNames();
    }

    /** @param where how messages name the table, e.g. "the file" */
    static BoundTable bind(CsvTable table, DatasetSpec spec, String where) {
        return new Binder(table, spec, where).bind();
    }

    private BoundTable bind() {
        checkSpecLists();
        int target = resolveTarget();
        int[] features = resolveFeatures(target);
        int[] slots = slots(target, features);
        checkHeader(slots);
        if (table.rows().isEmpty()) {
            throw new DataError(DataErrorKind.NO_ROWS, file, table.header().line(), 0, 0, null, null,
                    where + " has a header row but no rows of data", "add one example per line under the header");
        }
        TargetKind kind = spec.classes() != null || !targetIsNumeric(target) ? TargetKind.CLASSES : TargetKind.REAL;
        List<String> classes = kind == TargetKind.CLASSES ? resolveClasses(target) : List.of();
        return readRows(target, features, slots, kind, classes);
    }

    private void checkSpecLists() {
        String repeatedDrop = firstRepeated(spec.drop());
        if (repeatedDrop != null) {
            throw scriptError(DataErrorKind.DUPLICATE_FEATURE, repeatedDrop,
                    "the column `" + repeatedDrop + "` is listed twice in `drop`", "list each column once");
        }
        if (spec.features() != null) {
            if (spec.features().isEmpty()) {
                throw scriptError(DataErrorKind.NO_FEATURES, null, "`features` is empty",
                        "list the columns the model reads, or leave `features` out to use every column but the target");
            }
            String repeated = firstRepeated(spec.features());
            if (repeated != null) {
                throw scriptError(DataErrorKind.DUPLICATE_FEATURE, repeated,
                        "the column `" + repeated + "` is listed twice in `features`", "list each column once");
            }
        }
        if (spec.classes() != null) {
            if (spec.classes().isEmpty()) {
                throw scriptError(DataErrorKind.NO_CLASSES, spec.target(), "`classes` is empty",
                        "list the classes to keep, or leave `classes` out to use every value of the target column");
            }
            String repeated = firstRepeated(spec.classes());
            if (repeated != null) {
                throw new DataError(DataErrorKind.DUPLICATE_CLASS, file, 0, 0, 0, spec.target(), repeated,
                        "the class `" + repeated + "` is listed twice in `classes`", "list each class once");
            }
        }
    }

    private int resolveTarget() {
        if (spec.target() == null) return names.size() - 1;
        return columnIndex(spec.target());
    }

    private int[] resolveFeatures(int target) {
        boolean[] dropped = new boolean[names.size()];
        for (String name : spec.drop()) {
            int index = columnIndex(name);
            if (index == target) {
                throw scriptError(DataErrorKind.DROPPED_COLUMN_IN_USE, name,
                        "the target column `" + name + "` is listed in `drop`",
                        "`drop` lists the columns the dataset does not use; the target is always used");
            }
            if (spec.features() != null && spec.features().contains(name)) {
                throw scriptError(DataErrorKind.DROPPED_COLUMN_IN_USE, name,
                        "the column `" + name + "` is listed both in `features` and in `drop`",
                        "with `features` the other columns are left out anyway; remove `" + name + "` from one list");
            }
            dropped[index] = true;
        }
        if (spec.features() == null) {
            int kept = 0;
            for (int i = 0; i < names.size(); i++) if (i != target && !dropped[i]) kept++;
            if (kept == 0 && names.size() >= 2) {
                throw scriptError(DataErrorKind.NO_FEATURES, spec.drop().get(0),
                        "`drop` leaves no feature column", "a dataset needs at least one feature column besides the target");
            }
            if (names.size() < 2) {
                String only = names.get(target);
                String separator = only.contains(";") ? "`;`" : only.contains("\t") ? "tabs" : null;
                throw scriptError(DataErrorKind.NO_FEATURES, only,
                        where + " has only one column, `" + only + "`, and it is the target",
                        separator != null ? "the header has no comma: its values look separated by " + separator
                                + ", but NNet reads comma-separated files; save the file as CSV with commas"
                                : "a dataset needs at least one feature column besides the target");
            }
            int[] all = new int[kept];
            for (int i = 0, k = 0; i < names.size(); i++) if (i != target && !dropped[i]) all[k++] = i;
            return all;
        }
        int[] indexes = new int[spec.features().size()];
        for (int k = 0; k < indexes.length; k++) {
            String name = spec.features().get(k);
            indexes[k] = columnIndex(name);
            if (indexes[k] == target) {
                throw scriptError(DataErrorKind.TARGET_IS_FEATURE, name,
                        "the target column `" + name + "` is also listed in `features`",
                        "a model must not be given the answer as an input; remove `" + name + "` from `features`");
            }
        }
        return indexes;
    }

    private int columnIndex(String name) {
        int index = names.indexOf(name);
        if (index >= 0) return index;
        throw scriptError(DataErrorKind.UNKNOWN_COLUMN, name, "there is no column `" + name + "` in " + where,
                Suggest.didYouMean(name, names) + "the columns are " + Suggest.list(names));
    }

    /** For each file column: its place among the features, TARGET, or UNUSED. */
    private int[] slots(int target, int[] features) {
        int[] slots = new int[names.size()];
        Arrays.fill(slots, UNUSED);
        slots[target] = TARGET;
        for (int k = 0; k < features.length; k++) slots[features[k]] = k;
        return slots;
    }

    /** Names only matter for the columns in use: an unnamed index column left out is harmless. */
    private void checkHeader(int[] slots) {
        for (int i = 0; i < names.size(); i++) {
            if (slots[i] == UNUSED) continue;
            CsvCell cell = table.header().cell(i);
            String name = names.get(i);
            if (name.isEmpty()) {
                throw at(DataErrorKind.EMPTY_COLUMN_NAME, cell, null, "",
                        "column " + (i + 1) + " has no name in the header",
                        "give every column a name in the header row"
                                + (spec.features() == null ? ", or choose the columns to use with `features: [...]`" : ""));
            }
            int first = names.indexOf(name);
            int second = names.subList(first + 1, names.size()).indexOf(name);
            if (second >= 0) {
                second += first + 1;
                throw at(DataErrorKind.DUPLICATE_COLUMN, table.header().cell(second), name, name,
                        "the column name `" + name + "` appears more than once in the header",
                        "columns " + (first + 1) + " and " + (second + 1) + " are both called `" + name
                                + "`; column names must be unique");
            }
        }
    }

    /** A real target needs every value to be meant as a number; one word makes the column classes. */
    private boolean targetIsNumeric(int target) {
        for (CsvRow row : table.rows()) {
            if (row.size() <= target) continue;
            String text = row.cell(target).text();
            if (!text.isEmpty() && !Numbers.isNumberLike(text)) return false;
        }
        return true;
    }

    private List<String> resolveClasses(int target) {
        Set<String> found = new LinkedHashSet<>();
        for (CsvRow row : table.rows()) {
            if (row.size() > target && !row.cell(target).text().isEmpty()) found.add(row.cell(target).text());
        }
        List<String> sorted = Numbers.sorted(found);
        if (spec.classes() == null) return sorted;
        for (String name : spec.classes()) {
            if (!found.contains(name)) {
                String column = names.get(target);
                throw at(DataErrorKind.CLASS_NOT_IN_DATA, table.header().cell(target), column, name,
                        "the class `" + name + "` never occurs in column `" + column + "`",
                        Suggest.didYouMean(name, sorted) + "the column's values are " + Suggest.list(sorted));
            }
        }
        return spec.classes();
    }

    private BoundTable readRows(int target, int[] features, int[] slots, TargetKind kind, List<String> classes) {
        int width = features.length;
        int rowCount = table.rows().size();
        float[] x = new float[rowCount * width];
        int[] labels = kind == TargetKind.CLASSES ? new int[rowCount] : null;
        float[] y = kind == TargetKind.REAL ? new float[rowCount] : null;
        int[] classCounts = new int[classes.size()];
        Map<String, Integer> classIndex = new HashMap<>();
        for (int c = 0; c < classes.size(); c++) classIndex.put(classes.get(c), c);

        RowChecker checker = new RowChecker(file, names, spec.missing());
        MissingPolicy missing = spec.missing();
        int kept = 0;
        for (CsvRow row : table.rows()) {
            checker.checkShape(row);
            float[] values = new float[width];
            int label = 0;
            float value = 0f;
            boolean gap = false;
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] == UNUSED) continue;
                CsvCell cell = row.cell(i);
                if (cell.text().isEmpty() && missing != MissingPolicy.ERROR) {
                    // a target is never invented: only `drop` gets past an empty target cell
                    if (missing == MissingPolicy.DROP) gap = true;
                    else if (slots[i] == TARGET) throw checker.missing(cell, names.get(i), false);
                    else values[slots[i]] = missing == MissingPolicy.ZERO ? 0f : Float.NaN;
                } else if (slots[i] != TARGET) {
                    values[slots[i]] = checker.number(cell, names.get(i), true);
                } else if (kind == TargetKind.REAL) {
                    value = checker.number(cell, names.get(i), false);
                } else {
                    if (cell.text().isEmpty()) throw checker.missing(cell, names.get(i), false);
                    label = classIndex.getOrDefault(cell.text(), -1);
                }
            }
            if (gap || label < 0) continue; // a row with a gap under `missing: drop`, or a class left out
            System.arraycopy(values, 0, x, kept * width, width);
            if (labels != null) {
                labels[kept] = label;
                classCounts[label]++;
            } else {
                y[kept] = value;
            }
            kept++;
        }
        List<String> featureNames = new ArrayList<>();
        for (int f : features) featureNames.add(names.get(f));
        if (missing == MissingPolicy.MEAN) checkEveryColumnHasAValue(x, kept, width, featureNames);
        List<Integer> counts = new ArrayList<>();
        for (int count : classCounts) counts.add(count);
        DataSchema schema = new DataSchema(featureNames, names.get(target), kind, classes, kept, counts, file);
        return new BoundTable(schema, Arrays.copyOf(x, kept * width),
                labels == null ? null : Arrays.copyOf(labels, kept), y == null ? null : Arrays.copyOf(y, kept));
    }

    /** Caught before anything runs when no row at all has a value (the train rows are only known at run time). */
    private void checkEveryColumnHasAValue(float[] x, int rows, int width, List<String> featureNames) {
        for (int j = 0; j < width; j++) {
            boolean any = false;
            for (int i = 0; i < rows && !any; i++) any = !Float.isNaN(x[i * width + j]);
            if (!any && rows > 0) {
                String column = featureNames.get(j);
                throw scriptError(DataErrorKind.NO_VALUE_FOR_MEAN, column,
                        "the column `" + column + "` has no value in any row, so it has no mean",
                        "leave the column out with `drop: [\"" + column + "\"]`");
            }
        }
    }

    private DataError at(DataErrorKind kind, CsvCell cell, String column, String value, String message, String help) {
        return new DataError(kind, file, cell.line(), cell.column(), cell.length(), column, value, message, help);
    }

    /** A mistake in the script's description rather than on a line of the file. */
    private DataError scriptError(DataErrorKind kind, String column, String message, String help) {
        return new DataError(kind, file, 0, 0, 0, column, null, message, help);
    }

    private static String firstRepeated(List<String> items) {
        Set<String> seen = new HashSet<>();
        for (String item : items) if (!seen.add(item)) return item;
        return null;
    }
}
