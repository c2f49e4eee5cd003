package dev.nnet.check;

import java.util.List;
import java.util.Map;

/**
 * The names a front end offers for completion and highlighting, beside the grammar's keywords:
 * the built-in words by kind, and the options each block accepts. The checker reads the same
 * lists, so a completion never offers what the checker would refuse.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** Block name ({@code dataset}, {@code train}, {@code evaluate}) to the options it accepts. */
    public static final Map<String, List<String>> BLOCK_OPTIONS = Map.of(
            "dataset", DatasetRules.OPTIONS,
            "train", TrainingRules.TRAIN_OPTIONS,
            "evaluate", TrainingRules.EVALUATE_OPTIONS,
            "plot", PlotRules.OPTIONS);

    /** The built-in words of one kind: activations, losses, optimizers... */
    public static List<String> words(Word.Category category) {
        return Word.textsOf(category);
    }

    /** Every built-in word. */
    public static List<String> allWords() {
        return Word.allTexts();
    }

    /**
     * The named arguments of a built-in that takes arguments (dense, conv2d, the pools, an optimizer,
     * csv, leaky_relu, huber, normal...), or an empty list.
     */
    public static List<String> argumentsOf(String builtin) {
        return switch (builtin) {
            case "dense" -> Signature.DENSE.paramNames();
            case "csv" -> Signature.CSV.paramNames();
            case "conv2d" -> Signature.CONV2D.paramNames();
            case "max_pool", "avg_pool" -> Signature.pool(builtin).paramNames();
            case "dropout" -> Signature.DROPOUT.paramNames();
            case "reshape" -> Signature.RESHAPE.paramNames();
            default -> Word.named(builtin).map(w -> w.category == Word.Category.OPTIMIZER
                    ? OptimizerDefaults.signature(Plan.OptimizerKind.valueOf(w.name())).paramNames()
                    : w.category == Word.Category.SCHEDULE
                    ? Schedules.signature(Plan.ScheduleKind.valueOf(w.name())).paramNames()
                    : Signature.ofWord(w) == null ? List.<String>of() : Signature.ofWord(w).paramNames())
                    .orElse(List.of());
        };
    }
}
