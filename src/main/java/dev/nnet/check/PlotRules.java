package dev.nnet.check;

import dev.nnet.ast.Expr;
import dev.nnet.ast.Option;
import dev.nnet.ast.Span;
import dev.nnet.ast.Statement;
import dev.nnet.diag.DiagnosticCode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks {@code plot model to "curves.png" { metrics:, size:, title: }}: the model must have a
 * {@code train} before this line (its curves are what is drawn), the metrics must be ones that
 * training measures, and the file's extension says the format.
 */
final class PlotRules {
    static final List<String> OPTIONS = List.of("metrics", "size", "title");
    static final int DEFAULT_WIDTH = 800;
    static final int DEFAULT_HEIGHT = 500;
    /** Smaller leaves no room for the axes' labels; larger is a picture of tens of megabytes. */
    static final int SMALLEST_SIDE = 100;
    static final int LARGEST_SIDE = 10_000;

    private final Context cx;
    /** The file's name as the script writes it, once {@link #file} accepted it. */
    private String asWritten;

    PlotRules(Context cx) {
        this.cx = cx;
    }

    Plan.Plot plot(Statement.Plot p) {
        Plan.Model model = TrainingRules.modelNamed(cx, p.model());
        OptionSet options = new OptionSet(p.options(), OPTIONS, "plot", cx.reporter);
        Path file = file(p.path());
        List<Plan.Metric> curves = model == null ? null : cx.trainedCurves.get(model.name());
        if (model != null && curves == null) {
            boolean loaded = cx.trainedWith.containsKey(model.name());
            cx.reporter.error(DiagnosticCode.E0642, p.model().span(), "`" + model.name() + "` is not trained before "
                    + "this line, so it has no training curves to plot", "not trained yet", loaded
                    ? "a model loaded from a file keeps its weights, not its curves: train it before `plot`"
                    : "put the `plot` after a `train " + model.name() + " on ...`");
        }
        List<Plan.Metric> metrics = curves == null ? null : metrics(options.get("metrics"), curves, model.name());
        int[] size = size(options.get("size"));
        String title = title(options.get("title"));
        if (cx.statementHasErrors() || model == null || file == null || metrics == null || size == null) return null;
        Plan.PlotFormat format = asWritten.toLowerCase(Locale.ROOT).endsWith(".svg") ? Plan.PlotFormat.SVG
                : Plan.PlotFormat.PNG;
        return new Plan.Plot(model.name(), file, asWritten, format, metrics, size[0], size[1], title, p.span());
    }

    /** The picture's path, relative to the script's folder: a .png or .svg in a folder that exists; null when not. */
    private Path file(Expr e) {
        Value v = cx.evaluator.eval(e);
        if (v instanceof Value.Invalid) return null;
        if (!(v instanceof Value.StringValue s) || s.value().isBlank()) {
            cx.reporter.error(DiagnosticCode.E0303, e.span(), "`plot` writes a picture to a file named in quotes, but "
                    + "this is " + Evaluator.describe(v), "expected a file name", "for example `plot net to "
                            + "\"curves.png\"`");
            return null;
        }
        String name = s.value();
        asWritten = name;
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".png") && !lower.endsWith(".svg")) {
            String base = name.replaceAll(".*[/\\\\]", "");
            int dot = base.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, name.length() - base.length() + dot) : name;
            cx.reporter.error(DiagnosticCode.E0640, e.span(), "`plot` writes PNG or SVG pictures, chosen by the file's "
                    + "extension, but `" + name + "` " + (dot > 0 ? "ends in `" + base.substring(dot) + "`"
                            : "has no extension"), "not .png or .svg", "name it `" + stem + ".png` (a picture of "
                                    + "pixels) or `" + stem + ".svg` (lines that stay sharp at any size)");
            return null;
        }
        Path path;
        try {
            path = cx.baseDir.resolve(name).toAbsolutePath().normalize();
        } catch (InvalidPathException bad) {
            cx.reporter.error(DiagnosticCode.E0641, e.span(), "`" + name + "` is not a file path this system accepts ("
                    + bad.getReason() + ")", "not a valid path");
            return null;
        }
        Path folder = path.getParent();
        if (Files.isDirectory(path) || folder == null || !Files.isDirectory(folder)) {
            boolean isFolder = Files.isDirectory(path);
            cx.reporter.error(DiagnosticCode.E0641, e.span(), "the plot `" + name + "` cannot be written: "
                    + (isFolder ? "it is a folder" : "its folder does not exist"), "cannot be written",
                    "paths are relative to the script's folder; create the folder first, or name a file in an "
                            + "existing one");
            return null;
        }
        return path;
    }

    /** The metrics to draw, {@code loss} first when it is asked for; all that the training measures by default. */
    private List<Plan.Metric> metrics(Option o, List<Plan.Metric> measured, String model) {
        if (o == null) return measured;
        Value v = cx.evaluator.eval(o.value(), Word.Category.METRIC);
        if (v instanceof Value.Invalid) return null;
        if (!(v instanceof Value.ListValue list) || list.items().isEmpty()) {
            cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`metrics` must be a list of metrics such as "
                    + "[loss, accuracy], but this is " + Evaluator.describe(v), "expected a list of metrics",
                    "the training of `" + model + "` measures " + words(measured));
            return null;
        }
        List<Expr> items = o.value() instanceof Expr.ListLiteral l ? l.items() : List.of();
        List<Plan.Metric> metrics = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Value item = list.items().get(i);
            Span span = i < items.size() ? items.get(i).span() : o.value().span();
            if (!(item instanceof Value.WordValue w) || !w.word().is(Word.Category.METRIC)) {
                if (!(item instanceof Value.Invalid)) {
                    cx.reporter.error(DiagnosticCode.E0303, span, "this is " + Evaluator.describe(item)
                            + ", not a metric", "not a metric", "the training of `" + model + "` measures "
                                    + words(measured));
                }
                return null;
            }
            Plan.Metric metric = Plan.Metric.valueOf(w.word().name());
            if (!measured.contains(metric)) {
                cx.reporter.error(DiagnosticCode.E0644, span, "`" + metric.word() + "` is not measured by the last "
                        + "training of `" + model + "`, so it has no curve", "not measured", "that training "
                                + "measures " + words(measured) + "; add `" + metric.word() + "` to its `metrics` "
                                + "to plot it");
                return null;
            }
            if (!metrics.contains(metric)) metrics.add(metric);
        }
        return metrics;
    }

    /** {@code [width, height]} in pixels (for SVG, the picture's size in its own units); null when wrong. */
    private int[] size(Option o) {
        if (o == null) return new int[] {DEFAULT_WIDTH, DEFAULT_HEIGHT};
        Value v = cx.evaluator.eval(o.value());
        if (v instanceof Value.Invalid) return null;
        String example = "for example `size: [" + DEFAULT_WIDTH + ", " + DEFAULT_HEIGHT + "]`, the width and the "
                + "height in pixels";
        if (!(v instanceof Value.ListValue list) || list.items().size() != 2
                || !list.items().stream().allMatch(i -> i instanceof Value.IntValue)) {
            cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`size` must be a list of two whole numbers, "
                    + "but this is " + Evaluator.describe(v), "expected [width, height]", example);
            return null;
        }
        int[] size = new int[2];
        List<Expr> items = o.value() instanceof Expr.ListLiteral l ? l.items() : List.of();
        for (int i = 0; i < 2; i++) {
            long side = ((Value.IntValue) list.items().get(i)).value();
            if (side < SMALLEST_SIDE || side > LARGEST_SIDE) {
                cx.reporter.error(DiagnosticCode.E0420, i < items.size() ? items.get(i).span() : o.value().span(),
                        "the plot's " + (i == 0 ? "width" : "height") + " must be between " + SMALLEST_SIDE + " and "
                                + LARGEST_SIDE + " pixels, but it is " + side, "out of range", example);
                return null;
            }
            size[i] = (int) side;
        }
        return size;
    }

    private String title(Option o) {
        if (o == null) return null;
        Value v = cx.evaluator.eval(o.value());
        if (v instanceof Value.StringValue s) return s.value();
        if (!(v instanceof Value.Invalid)) {
            cx.reporter.error(DiagnosticCode.E0303, o.value().span(), "`title` must be a string, but this is "
                    + Evaluator.describe(v), "expected a string", "for example `title: \"Iris, 4-8-1\"`");
        }
        return null;
    }

    private static String words(List<Plan.Metric> metrics) {
        return Plan.joinWords(metrics.stream().map(Plan.Metric::word).toList());
    }
}
