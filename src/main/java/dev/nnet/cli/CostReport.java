package dev.nnet.cli;

import dev.nnet.check.Cost;
import dev.nnet.check.Plan;
import java.util.Locale;

/** `nnet check --cost`: each model's shapes, parameters, operations and memory, as a table. */
final class CostReport {
    private CostReport() {
    }

    static String render(Plan plan) {
        StringBuilder out = new StringBuilder();
        for (Cost c : Cost.of(plan)) {
            out.append(String.format(Locale.ROOT, "%nmodel %s: %s, batch of %d (%s)%n", c.model(), c.typeName(),
                    c.batch(), c.batchSource()));
            int width = Math.max(28, c.layers().stream().mapToInt(l -> l.description().length()).max().orElse(0));
            String row = "  %-" + width + "s  %-12s %12s %16s%n";
            out.append(String.format(Locale.ROOT, row, "layer", "output", "parameters", "forward FLOPs"));
            for (Cost.LayerCost l : c.layers()) {
                out.append(String.format(Locale.ROOT, row, l.description(), l.shape(), group(l.parameters()),
                        group(l.forwardFlops())));
            }
            out.append(String.format(Locale.ROOT, row, "total", "", group(c.parameters()), group(c.forwardFlops())));
            out.append(String.format(Locale.ROOT, "  a training step: about %s FLOPs (forward and backward)%n",
                    group(c.stepFlops())));
            out.append(String.format(Locale.ROOT, "  memory: weights %s, gradients %s, optimizer state %s (%s), "
                    + "activations and their gradients %s%n", bytes(c.weightBytes()), bytes(c.weightBytes()),
                    bytes(c.optimizerBytes()), c.optimizer(), bytes(c.activationBytes())));
        }
        return out.toString();
    }

    private static String group(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String bytes(long n) {
        if (n < 1024) return n + " B";
        if (n < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
        return String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
    }
}
