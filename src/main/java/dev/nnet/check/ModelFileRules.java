package dev.nnet.check;

import dev.nnet.ast.Expr;
import dev.nnet.ast.Identifier;
import dev.nnet.ast.Span;
import dev.nnet.ast.Statement;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.modelfile.Header;
import dev.nnet.modelfile.ModelFileException;
import dev.nnet.modelfile.SafetensorsReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks the statements that read and write files of models: {@code model m = load("f")}, whose
 * file header is read now (as a dataset's CSV header is) so that its architecture is known to every
 * later line; {@code save m to "f"}; and the file of {@code predict m on data to "f"}.
 */
final class ModelFileRules {
    private final Context cx;

    ModelFileRules(Context cx) {
        this.cx = cx;
    }

    Plan.LoadModel load(Statement.ModelFile m) {
        Expr.StringLiteral path = loadArgument(m.source());
        if (path == null) return null;
        Path file = resolve(path.value(), path.span(), DiagnosticCode.E0610);
        if (file == null) return null;
        String shown = "`" + path.value() + "`";
        if (!Files.exists(file)) {
            cx.reporter.error(DiagnosticCode.E0610, path.span(), "the model file " + shown + " does not exist",
                    "no such file", "paths start from the script's folder; a model file is written by `save`");
            return null;
        }
        Header header;
        try {
            header = SafetensorsReader.header(file);
        } catch (ModelFileException e) {
            boolean unreadable = e.getCause() != null || e.getMessage().startsWith("it is a folder");
            cx.reporter.error(unreadable ? DiagnosticCode.E0610 : DiagnosticCode.E0611, path.span(), shown
                    + (unreadable ? " cannot be read: " : " is not a valid safetensors file: ") + e.getMessage(),
                    unreadable ? "unreadable" : "not safetensors", "write the model again with `save`");
            return null;
        }
        ModelFileFormat.Saved saved;
        try {
            saved = ModelFileFormat.read(header, m.name().text(), m.span());
        } catch (ModelFileException e) {
            cx.reporter.error(DiagnosticCode.E0612, path.span(), shown + " does not hold an NNet model: "
                    + e.getMessage(), "not an NNet model", "NNet reads the model files that its `save` writes");
            return null;
        }
        if (saved.loss() != null) cx.trainedWith.putIfAbsent(m.name().text(), saved.loss());
        if (saved.classes() != null) cx.fileClasses.put(m.name().text(), saved.classes());
        return new Plan.LoadModel(saved.model(), file, path.value(), m.span());
    }

    /** The string of {@code load("...")}, or null (reported). */
    private Expr.StringLiteral loadArgument(Expr source) {
        if (source instanceof Expr.Call c && c.callee() instanceof Expr.Name n && n.name().equals("load")
                && cx.scope.lookup("load").isEmpty()) {
            if (c.arguments().size() == 1 && c.arguments().get(0).name() == null
                    && c.arguments().get(0).value() instanceof Expr.StringLiteral s) {
                return s;
            }
            cx.reporter.error(DiagnosticCode.E0220, c.span(), "`load` takes the path of one model file, in quotes",
                    "expected load(\"file\")", "for example `load(\"net.safetensors\")`");
            return null;
        }
        cx.reporter.error(DiagnosticCode.E0220, source.span(), "a model defined with `=` is read from a file",
                "expected load(\"file\")", "write `load(\"net.safetensors\")`, or define the layers in a block: "
                        + "`model net { input 4; dense(3) }`");
        return null;
    }

    Plan.Save save(Statement.Save s) {
        Plan.Model model = model(s.model());
        Path file = outputFile(s.path());
        if (model == null || file == null) return null;
        for (Plan.Layer layer : model.layers()) {
            if (layer instanceof Plan.Dense d && d.custom() != null) {
                cx.reporter.error(DiagnosticCode.E0613, s.model().span(), "`" + model.name() + "` cannot be saved: "
                        + "its layer `" + d.describe() + "` uses the def `" + d.custom().name().text()
                        + "` as its activation, and a model file holds no code", "uses a def",
                        "use a built-in activation such as `relu` or `gelu` in a model you save");
                return null;
            }
        }
        String hash = sha256(cx.reporter.source().text());
        return new Plan.Save(model.name(), file, ((Expr.StringLiteral) s.path()).value(), hash, s.span());
    }

    /** {@code summary m}: the table is known now, from the checked model, so running only prints it. */
    Plan.Print summary(Statement.Summary s) {
        Plan.Model model = model(s.model());
        if (model == null) return null;
        String text = String.join("\n", ModelTable.render(model.name() + ": " + model.typeName(),
                ModelTable.rows(model)));
        return new Plan.Print(List.of(new Plan.PrintPart.Text(text)), s.span());
    }

    /** The file a statement writes: a string naming a file in an existing folder; null when not (reported). */
    Path outputFile(Expr e) {
        if (!(e instanceof Expr.StringLiteral s)) {
            Value v = cx.evaluator.eval(e);
            if (!(v instanceof Value.Invalid)) {
                cx.reporter.error(DiagnosticCode.E0303, e.span(), "the file to write must be a path in quotes, but "
                        + "this is " + Evaluator.describe(v), "expected a string", "for example `\"out/net.safetensors\"`");
            }
            return null;
        }
        Path file = resolve(s.value(), s.span(), DiagnosticCode.E0615);
        if (file == null) return null;
        if (Files.isDirectory(file)) {
            cx.reporter.error(DiagnosticCode.E0615, s.span(), "`" + s.value() + "` is a folder, not a file",
                    "a folder", "name a file in it, such as `" + s.value().replaceAll("/$", "") + "/net.safetensors`");
            return null;
        }
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            cx.reporter.error(DiagnosticCode.E0615, s.span(), "the folder of `" + s.value() + "` does not exist",
                    "no such folder", "create the folder first; `save` and `predict` write files, not folders");
            return null;
        }
        return file;
    }

    private Path resolve(String path, Span span, DiagnosticCode code) {
        try {
            return cx.baseDir.resolve(path).normalize();
        } catch (InvalidPathException bad) {
            cx.reporter.error(code, span, "this is not a file path this system accepts", "not a valid path",
                    bad.getReason());
            return null;
        }
    }

    private Plan.Model model(Identifier name) {
        return TrainingRules.modelNamed(cx, name);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
