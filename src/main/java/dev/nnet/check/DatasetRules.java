package dev.nnet.check;

import dev.nnet.ast.Expr;
import dev.nnet.ast.Option;
import dev.nnet.ast.Span;
import dev.nnet.ast.Statement;
import dev.nnet.data.DataError;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.text.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks a {@code dataset} statement, reading the data's header and columns as a type provider would. */
final class DatasetRules {
    static final List<String> OPTIONS = List.of("target", "features", "classes", "normalize", "split", "seed", "drop",
            "missing", "shuffle");

    /** The values of {@code missing}, written as bare words. */
    static final List<String> MISSING = List.of("error", "drop", "mean", "zero");

    private final Context cx;

    DatasetRules(Context cx) {
        this.cx = cx;
    }

    Plan.Dataset check(Statement.Dataset ds) {
        Plan.Source source = source(ds.source());
        OptionSet options = new OptionSet(ds.options(), OPTIONS, "dataset", cx.reporter);
        String target = stringOption(options.get("target"));
        List<String> features = stringList(options.get("features"), "features");
        List<String> classes = stringList(options.get("classes"), "classes");
        Plan.Normalization normalize = normalization(options.get("normalize"));
        Plan.Split split = split(options.get("split"));
        long seed = cx.seed(options.get("seed"));
        List<String> drop = stringList(options.get("drop"), "drop");
        Plan.Missing missing = missing(options.get("missing"));
        boolean shuffle = bool(options.get("shuffle"));
        if (source != null) notForThisSource(source, options);
        if (source == null || cx.statementHasErrors()) return null;
        // XOR's target is written 0 and 1; it is a classification all the same.
        if (classes == null && source instanceof Plan.Source.Builtin b && b.name().equals("xor")) {
            classes = List.of("0", "1");
        }
        // Folds are drawn when a `train` runs: the data is peeked at as a dataset without parts.
        Plan.Split parts = split != null && split.crossValidation() ? null : split;
        Plan.Dataset draft = new Plan.Dataset(ds.name().text(), source, target, features, classes, normalize, parts,
                seed, null, ds.span(), drop == null ? List.of() : drop, missing, shuffle);
        Value.Schema schema;
        try {
            schema = cx.data.schema(draft);
        } catch (DataError e) {
            report(e, ds, options, source);
            return null;
        }
        schema = schema.withPartRows(SplitRows.parts(schema, parts));
        if (parts != null) missingClasses(schema, parts, options.get("split"));
        if (split != null && split.crossValidation() && !CrossValidationRules.foldsFit(cx, schema, split.folds(),
                options.get("split"))) {
            return null;
        }
        if (split != null && split.crossValidation()) cx.folds.put(ds.name().text(), split.folds());
        return new Plan.Dataset(ds.name().text(), source, target, features, classes, normalize, split, seed, schema,
                ds.span(), draft.drop(), missing, shuffle);
    }

    /**
     * W0141: a part of a stratified split in which a class has no row, which tiny fractions or rare
     * classes give: a validation or test part without a class cannot say how well it is learnt.
     */
    private void missingClasses(Value.Schema schema, Plan.Split split, Option at) {
        if (!schema.classification() || schema.classCounts().isEmpty()) return;
        List<int[]> groups = SplitRows.perGroup(schema, split);
        String[] parts = {"train", "validation", "test"};
        double[] fractions = {split.train(), split.validation(), split.test()};
        for (int p = 0; p < 3; p++) {
            if (fractions[p] == 0) continue;
            List<String> missing = new java.util.ArrayList<>();
            for (int c = 0; c < groups.size(); c++) if (groups.get(c)[p] == 0) missing.add(schema.classes().get(c));
            if (missing.isEmpty()) continue;
            List<String> counts = new java.util.ArrayList<>();
            for (int c = 0; c < groups.size(); c++) counts.add(schema.classes().get(c) + " " + schema.classCounts().get(c));
            cx.reporter.warning(DiagnosticCode.W0141, at.value().span(), "the " + parts[p] + " part has no row of "
                    + (missing.size() == 1 ? "class " : "classes ") + String.join(", ", missing), "no "
                    + String.join(", ", missing), "each class is split on its own, and " + Plan.number(fractions[p])
                    + " of its rows rounds to none here (rows per class: " + String.join(", ", counts) + "); use a "
                    + "larger fraction, or more data");
        }
    }

    private Plan.Source source(Expr e) {
        Value v = cx.evaluator.eval(e, Word.Category.SOURCE);
        if (v instanceof Value.Invalid) return null;
        if (v instanceof Value.WordValue w && w.word() == Word.IRIS) return new Plan.Source.Builtin("iris");
        if (v instanceof Value.SourceValue s) {
            if (s.source() instanceof Plan.Source.CsvFile csv) {
                try {
                    Path path = cx.baseDir.resolve(csv.asWritten()).normalize();
                    return new Plan.Source.CsvFile(path, csv.asWritten());
                } catch (java.nio.file.InvalidPathException bad) {
                    Span at = e instanceof Expr.Call c && !c.arguments().isEmpty() ? c.arguments().get(0).value().span()
                            : e.span();
                    cx.reporter.error(DiagnosticCode.E0501, at, "this is not a file path this system accepts",
                            "not a valid path", bad.getReason());
                    return null;
                }
            }
            if (s.source() instanceof Plan.Source.Idx idx) {
                Path images = resolve(e, "images", idx.imagesWritten());
                Path labels = resolve(e, "labels", idx.labelsWritten());
                if (images == null || labels == null) return null;
                return new Plan.Source.Idx(images, idx.imagesWritten(), labels, idx.labelsWritten());
            }
            return s.source();
        }
        cx.reporter.error(DiagnosticCode.E0303, e.span(), "a dataset is made from a data source, but this is "
                + Evaluator.describe(v), "not a data source", "write `csv(\"file.csv\")` or `iris()`");
        return null;
    }

    /** A path of {@code idx(...)} against the script's folder, or null when the system rejects it. */
    private Path resolve(Expr source, String argument, String written) {
        try {
            return cx.baseDir.resolve(written).normalize();
        } catch (java.nio.file.InvalidPathException bad) {
            Span at = argumentSpan(source, argument);
            cx.reporter.error(DiagnosticCode.E0501, at == null ? source.span() : at,
                    "this is not a file path this system accepts", "not a valid path", bad.getReason());
            return null;
        }
    }

    /** Where the argument {@code name} (or the positional one in its place) is written in a source call. */
    private static Span argumentSpan(Expr source, String name) {
        if (!(source instanceof Expr.Call c)) return null;
        List<String> order = List.of("images", "labels");
        for (int i = 0; i < c.arguments().size(); i++) {
            dev.nnet.ast.Argument a = c.arguments().get(i);
            if (a.isNamed() ? a.name().text().equals(name) : order.indexOf(name) == i) return a.value().span();
        }
        return null;
    }

    /** Options that only make sense for a table of cells: an IDX file has no named columns or empty cells. */
    private void notForThisSource(Plan.Source source, OptionSet options) {
        List<String> unfit = source instanceof Plan.Source.Idx ? List.of("target", "features", "drop", "missing")
                : source instanceof Plan.Source.Generated ? List.of("missing") : List.of();
        for (String name : unfit) {
            Option o = options.get(name);
            if (o == null) continue;
            String what = source instanceof Plan.Source.Idx ? "`idx(...)`" : "a generated dataset";
            String why = name.equals("missing") ? "its cells are never empty"
                    : "its features are the pixels and its target the label file";
            cx.reporter.error(DiagnosticCode.E0511, o.name().span(), "`" + name + "` does not apply to " + what,
                    "not for this source", why + "; remove this option");
        }
    }

    private Plan.Missing missing(Option o) {
        if (o == null) return Plan.Missing.ERROR;
        if (o.value() instanceof Expr.Name n && MISSING.contains(n.name())) {
            return Plan.Missing.valueOf(n.name().toUpperCase(java.util.Locale.ROOT));
        }
        String written = o.value() instanceof Expr.Name n ? "`" + n.name() + "`" : "this";
        String guess = o.value() instanceof Expr.Name n ? Suggestions.closest(n.name(), MISSING)
                .map(g -> "did you mean `" + g + "`? ").orElse("") : "";
        cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`missing` must be `error`, `drop`, `mean` or "
                + "`zero`, but " + written + " is none of them", "expected a missing-value policy",
                guess + "`error` (the default) reports an empty cell, `drop` leaves its row out, `mean` fills in the "
                        + "column's mean over the train rows, `zero` fills in 0");
        return Plan.Missing.ERROR;
    }

    private boolean bool(Option o) {
        if (o == null) return false;
        Value v = cx.evaluator.eval(o.value());
        if (v instanceof Value.BoolValue b) return b.value();
        if (!(v instanceof Value.Invalid)) {
            cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`" + o.name().text() + "` must be true or "
                    + "false, but this is " + Evaluator.describe(v), "expected true or false");
        }
        return false;
    }

    private String stringOption(Option o) {
        if (o == null) return null;
        Value v = cx.evaluator.eval(o.value());
        if (v instanceof Value.StringValue s) return s.value();
        if (!(v instanceof Value.Invalid)) {
            cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`" + o.name().text()
                    + "` must be a column name in quotes, but this is " + Evaluator.describe(v), "expected a string");
        }
        return null;
    }

    private List<String> stringList(Option o, String what) {
        if (o == null) return null;
        Value v = cx.evaluator.eval(o.value());
        if (v instanceof Value.Invalid) return null;
        if (!(v instanceof Value.ListValue list)) {
            cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`" + what + "` must be a list, such as [\"a\", "
                    + "\"b\"], but this is " + Evaluator.describe(v), "expected a list");
            return null;
        }
        List<String> out = new ArrayList<>();
        List<Expr> items = o.value() instanceof Expr.ListLiteral l ? l.items() : List.of();
        for (int i = 0; i < list.items().size(); i++) {
            Value item = list.items().get(i);
            Span span = i < items.size() ? items.get(i).span() : o.value().span();
            String text = item instanceof Value.StringValue s ? s.value()
                    : item instanceof Value.IntValue n && what.equals("classes") ? Long.toString(n.value()) : null;
            if (text == null) {
                if (!(item instanceof Value.Invalid)) {
                    cx.reporter.error(DiagnosticCode.E0303, span, "the items of `" + what + "` must be strings, but "
                            + "this is " + Evaluator.describe(item), "expected a string");
                }
                return null;
            }
            if (out.contains(text)) {
                cx.reporter.error(DiagnosticCode.E0405, span, "`" + text + "` is listed twice in `" + what + "`",
                        "listed again", "remove the second one");
                return null;
            }
            out.add(text);
        }
        if (out.isEmpty()) {
            cx.reporter.error(DiagnosticCode.E0405, o.value().span(), "`" + what + "` is empty", "empty list",
                    "leave the option out to use every " + (what.equals("classes") ? "class" : "column"));
            return null;
        }
        if (what.equals("classes") && out.size() < 2) {
            cx.reporter.error(DiagnosticCode.E0405, o.value().span(), "a classification needs at least two classes",
                    "only one class");
            return null;
        }
        return out;
    }

    private Plan.Normalization normalization(Option o) {
        if (o == null) return Plan.Normalization.NONE;
        Value v = cx.evaluator.eval(o.value(), Word.Category.NORMALIZATION);
        if (v instanceof Value.WordValue w && w.word().is(Word.Category.NORMALIZATION)) {
            return Plan.Normalization.valueOf(w.word().name());
        }
        if (!(v instanceof Value.Invalid)) {
            cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`normalize` must be `standard`, `minmax` or "
                    + "`none`, but this is " + Evaluator.describe(v), "expected a normalisation");
        }
        return Plan.Normalization.NONE;
    }

    private Plan.Split split(Option o) {
        if (o == null) return null;
        Value v = cx.evaluator.eval(o.value());
        if (v instanceof Value.Invalid) return null;
        if (!(v instanceof Value.RecordValue r)) {
            cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`split` must be a record such as {train: 0.8, "
                    + "test: 0.2}, but this is " + Evaluator.describe(v), "expected {train: ..., test: ...}");
            return null;
        }
        if (r.fields().containsKey("folds")) return CrossValidationRules.split(cx, r, o.value());
        List<String> parts = List.of("train", "validation", "test");
        double[] fractions = new double[3];
        boolean ok = true;
        for (Map.Entry<String, Value> field : r.fields().entrySet()) {
            int index = parts.indexOf(field.getKey());
            Span span = fieldSpan(o.value(), field.getKey());
            if (index < 0) {
                String guess = Suggestions.closest(field.getKey(), parts).map(g -> "did you mean `" + g + "`?")
                        .orElse("the parts are `train`, `validation` and `test`, or `folds` alone");
                cx.reporter.error(DiagnosticCode.E0204, span, "a split has no part `" + field.getKey() + "`",
                        "unknown part", guess);
                ok = false;
                continue;
            }
            Value fraction = field.getValue();
            if (!Evaluator.isNumber(fraction)) {
                if (!(fraction instanceof Value.Invalid)) {
                    cx.reporter.error(DiagnosticCode.E0303, span, "the `" + field.getKey() + "` fraction must be a "
                            + "number, but this is " + Evaluator.describe(fraction), "expected a number");
                }
                ok = false;
                continue;
            }
            double f = Evaluator.asDouble(fraction);
            if (f < 0 || f > 1) {
                cx.reporter.error(DiagnosticCode.E0404, span, "the `" + field.getKey() + "` fraction must be between "
                        + "0 and 1, but it is " + Optimizers.format(f), "out of range");
                ok = false;
            }
            fractions[index] = f;
        }
        if (!ok) return null;
        if (!(fractions[0] > 0)) {
            cx.reporter.error(DiagnosticCode.E0404, o.value().span(), "a split needs a `train` part above 0",
                    "no training rows", "for example `split: {train: 0.8, test: 0.2}`");
            return null;
        }
        double sum = fractions[0] + fractions[1] + fractions[2];
        if (Math.abs(sum - 1) > 1e-9) {
            cx.reporter.error(DiagnosticCode.E0404, o.value().span(), "the split fractions add up to "
                    + trim(sum) + ", not 1", "adds up to " + trim(sum),
                    "make train + validation + test equal 1, for example {train: 0.7, validation: 0.15, test: 0.15}");
            return null;
        }
        return new Plan.Split(fractions[0], fractions[1], fractions[2]);
    }

    private static String trim(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    static Span fieldSpan(Expr record, String field) {
        if (record instanceof Expr.RecordLiteral r) {
            for (Option o : r.fields()) if (o.name().text().equals(field)) return o.span();
        }
        return record.span();
    }

    /** A data mistake about a name the script wrote is shown at that name; others in the file. */
    private void report(DataError e, Statement.Dataset ds, OptionSet options, Plan.Source source) {
        Span scriptPlace = ds.source().span();
        List<String> help = new ArrayList<>();
        switch (e.kind()) {
            case FILE_NOT_FOUND, UNREADABLE, IDX_MALFORMED -> {
                Span path = ds.source() instanceof Expr.Call c && !c.arguments().isEmpty()
                        ? c.arguments().get(0).value().span() : scriptPlace;
                String written = ds.source() instanceof Expr.Call c && !c.arguments().isEmpty()
                        && c.arguments().get(0).value() instanceof Expr.StringLiteral s ? s.value() : null;
                if (source instanceof Plan.Source.Idx idx) {
                    // the file the mistake is in: the label file's own, or the image file's
                    String argument = e.file() != null && e.file().equals(idx.labels()) ? "labels" : "images";
                    Span at = argumentSpan(ds.source(), argument);
                    if (at != null) path = at;
                    written = argument.equals("labels") ? idx.labelsWritten() : idx.imagesWritten();
                }
                if (e.kind() == dev.nnet.data.DataErrorKind.IDX_MALFORMED) {
                    cx.reporter.add(DataProblems.inScript(e, cx.reporter.source(), path, "not a valid IDX file", help));
                    return;
                }
                if (written != null && e.kind() == dev.nnet.data.DataErrorKind.FILE_NOT_FOUND) {
                    // Say it with the path as written, and where that led, never a machine-specific path alone.
                    cx.reporter.error(DiagnosticCode.E0501, path, "the file `" + written + "` does not exist",
                            "no such file", "paths are relative to the script's folder; this one leads to `"
                                    + DataProblems.displayName(e.file(), cx.reporter.source()) + "`");
                    return;
                }
                cx.reporter.add(DataProblems.inScript(e, cx.reporter.source(), path, "cannot read it", help));
                return;
            }
            case NO_VALUE_FOR_MEAN -> {
                Option missing = options.get("missing");
                cx.reporter.add(DataProblems.inScript(e, cx.reporter.source(), missing == null ? scriptPlace
                        : missing.value().span(), "no value to take a mean of", help));
                return;
            }
            case TARGET_IS_FEATURE -> {
                Span at = placeOfName(options, e.columnName(), "features");
                cx.reporter.add(DataProblems.inScript(e, cx.reporter.source(), at == null ? scriptPlace : at,
                        "the target", help));
                return;
            }
            case UNKNOWN_COLUMN, DROPPED_COLUMN_IN_USE -> {
                Span at = placeOfName(options, e.columnName(), "drop", "target", "features");
                cx.reporter.add(DataProblems.inScript(e, cx.reporter.source(), at == null ? scriptPlace : at,
                        e.kind() == dev.nnet.data.DataErrorKind.UNKNOWN_COLUMN ? "no such column" : "used and dropped",
                        help));
                return;
            }
            case CLASS_NOT_IN_DATA -> {
                Span at = placeOfName(options, e.value(), "classes");
                if (at != null) {
                    cx.reporter.add(DataProblems.inScript(e, cx.reporter.source(), at, "not in the data", help));
                    return;
                }
                if (source instanceof Plan.Source.Idx) {
                    Span labels = argumentSpan(ds.source(), "labels");
                    cx.reporter.add(DataProblems.inScript(e, cx.reporter.source(), labels == null ? scriptPlace : labels,
                            "not in the labels", help));
                    return;
                }
            }
            case TOO_FEW_ROWS -> {
                Option split = options.get("split");
                cx.reporter.add(DataProblems.inScript(e, cx.reporter.source(), split == null ? scriptPlace
                        : split.value().span(), "too few rows", help));
                return;
            }
            default -> {
            }
        }
        cx.reporter.add(DataProblems.inFile(e, cx.reporter.source(), scriptPlace));
    }

    /** The span of the string {@code text} in one of the named options (a string or a list of them). */
    private static Span placeOfName(OptionSet options, String text, String... optionNames) {
        if (text == null) return null;
        for (String name : optionNames) {
            Option o = options.get(name);
            if (o == null) continue;
            if (o.value() instanceof Expr.StringLiteral s && s.value().equals(text)) return s.span();
            if (o.value() instanceof Expr.ListLiteral l) {
                for (Expr item : l.items()) {
                    if (item instanceof Expr.StringLiteral s && s.value().equals(text)) return s.span();
                    if (item instanceof Expr.IntLiteral n && n.text().equals(text)) return n.span();
                }
            }
        }
        return null;
    }
}
