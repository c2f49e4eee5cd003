package dev.nnet.diag;

/**
 * The catalogue of diagnostics. Codes are stable: a code, once published, keeps its meaning, so
 * that users, CI annotations and editors can rely on it. Families: E01 syntax, E02 names, E03
 * types and shapes, E04 values, E05 data, E06 running; W warnings. Each code has a golden test
 * under src/test/resources/diagnostics/ and an entry in docs/language.md.
 */
public enum DiagnosticCode {
    /** Not a mistake of its own: says how many errors past the limit were not shown. */
    E0100("E0100", "too many errors to show"),

    // Syntax
    E0101("E0101", "unexpected token"),
    E0102("E0102", "unterminated string"),
    E0103("E0103", "character not allowed here"),
    E0104("E0104", "unclosed bracket"),
    E0105("E0105", "bad escape in a string"),
    E0106("E0106", "nested too deeply"),

    // Names
    E0201("E0201", "unknown name"),
    E0202("E0202", "name defined twice"),
    E0203("E0203", "unknown layer, activation, loss, optimizer or source"),
    E0204("E0204", "unknown option"),
    E0205("E0205", "option given twice"),
    E0206("E0206", "unknown named argument"),
    E0207("E0207", "argument given twice"),
    E0208("E0208", "wrong number of arguments"),
    E0209("E0209", "required option missing"),
    E0210("E0210", "positional argument after a named one"),
    E0211("E0211", "no such member"),
    E0212("E0212", "a def that calls itself"),
    E0220("E0220", "a model from a file needs load(\"file\")"),

    // Types and shapes
    E0301("E0301", "dataset width does not match the model's input"),
    E0302("E0302", "model output does not fit the target and loss"),
    E0303("E0303", "wrong type"),
    E0304("E0304", "loss does not fit the target"),
    E0305("E0305", "model structure"),
    E0306("E0306", "input to predict has the wrong width"),
    E0307("E0307", "tensor shapes do not fit"),
    E0308("E0308", "value known only while running where a constant is needed"),
    E0320("E0320", "metric does not fit the target"),
    E0321("E0321", "metric not available during training"),
    E0322("E0322", "monitored value not measured"),
    E0330("E0330", "layer given a tensor of the wrong rank"),
    E0331("E0331", "kernel or pooling window larger than its input"),
    E0332("E0332", "convolution or pooling that does not divide its input evenly"),
    E0333("E0333", "reshape to a different number of values"),
    E0334("E0334", "model output not one row per example"),

    // Values
    E0401("E0401", "learning rate out of range"),
    E0402("E0402", "epochs out of range"),
    E0403("E0403", "batch size out of range"),
    E0404("E0404", "split fractions do not add up"),
    E0405("E0405", "value out of range"),
    E0406("E0406", "number too large"),
    E0407("E0407", "optimizer used against its contract"),
    E0410("E0410", "learning-rate schedule setting out of range"),
    E0411("E0411", "gradient-clipping norm out of range"),
    E0412("E0412", "early-stopping setting out of range"),
    E0413("E0413", "history file in a folder that does not exist"),
    E0420("E0420", "plot size out of range"),
    E0421("E0421", "fewer than two folds"),
    E0423("E0423", "folds given with split fractions"),
    E0424("E0424", "validation given for a training on folds"),
    E0430("E0430", "unknown progress display"),
    E0440("E0440", "checkpoint interval out of range"),
    E0441("E0441", "checkpoint file cannot be written"),
    E0442("E0442", "checkpoint file is also the history file"),
    E0443("E0443", "checkpoint on a train inside a loop"),
    E0444("E0444", "checkpoint file of two trainings"),

    // Data
    E0501("E0501", "data file not found or unreadable"),
    E0502("E0502", "unknown column"),
    E0503("E0503", "class not in the data"),
    E0504("E0504", "cell is not a usable number"),
    E0505("E0505", "row has the wrong number of cells"),
    E0506("E0506", "file has no data"),
    E0507("E0507", "malformed CSV"),
    E0508("E0508", "too few rows"),
    E0509("E0509", "header problem"),
    E0510("E0510", "malformed IDX file"),
    E0511("E0511", "option does not apply to this source"),
    E0512("E0512", "a dropped column is in use"),
    E0520("E0520", "more folds than rows"),

    // Running
    E0601("E0601", "training diverged"),
    E0602("E0602", "a name has no value yet"),
    E0603("E0603", "arithmetic failed while running"),
    E0610("E0610", "model file not found or unreadable"),
    E0611("E0611", "not a valid safetensors file"),
    E0612("E0612", "the file does not hold an NNet model"),
    E0613("E0613", "model cannot be saved"),
    E0614("E0614", "predict to a file needs a dataset"),
    E0615("E0615", "output file cannot be written"),
    E0616("E0616", "the data's classes differ from the model file's"),
    E0630("E0630", "training history cannot be written"),
    E0640("E0640", "plot file of a format other than PNG or SVG"),
    E0641("E0641", "plot file cannot be written"),
    E0642("E0642", "plot of a model not trained before it"),
    E0643("E0643", "plot of a model with no training curves yet"),
    E0644("E0644", "plotted metric not measured by the training"),
    E0650("E0650", "checkpoint cannot be written"),
    E0651("E0651", "checkpoint unreadable or damaged"),
    E0652("E0652", "checkpoint made by a different script or data"),

    // Warnings
    W0101("W0101", "validation data is the test split"),
    W0102("W0102", "unused definition"),
    W0103("W0103", "sigmoid or softmax output trained with a regression loss"),
    W0104("W0104", "learning rate far outside the usual range"),
    W0140("W0140", "a last batch much smaller than the others"),
    W0141("W0141", "a split part without a class"),
    W0150("W0150", "a class with fewer rows than folds");

    public final String id;
    public final String title;

    DiagnosticCode(String id, String title) {
        this.id = id;
        this.title = title;
    }
}
