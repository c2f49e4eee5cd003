package dev.nnet.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A model's summary as a table (in Keras' manner): each layer, the shape of a batch after it, and
 * the parameters it holds, then the total. The `summary` statement and the REPL's `:summary` print it.
 */
public final class ModelTable {
    private ModelTable() {
    }

    /** One row: how the layer is written, its output shape, its parameter count. */
    public record Row(String layer, String shape, long parameters) {
    }

    /** The rows of a checked model: its input, then each layer as `describe()` writes it. */
    public static List<Row> rows(Plan.Model model) {
        List<Row> rows = new ArrayList<>();
        List<Integer> shape = model.inputShape();
        String input = shape.size() == 1 ? Integer.toString(shape.get(0)) : shape.toString();
        rows.add(new Row("input " + input, LayerShapes.tensor(shape), 0));
        for (Plan.Layer layer : model.layers()) {
            long parameters = LayerShapes.parameters(layer, shape);
            shape = layer.outputShape(shape);
            rows.add(new Row(layer.describe(), LayerShapes.tensor(shape), parameters));
        }
        return rows;
    }

    /** The title line, then the table, aligned, with a total. */
    public static List<String> render(String title, List<Row> rows) {
        List<String> out = new ArrayList<>();
        out.add(title);
        if (rows.isEmpty()) return out;
        long total = rows.stream().mapToLong(Row::parameters).sum();
        int first = Math.max("layer".length(), rows.stream().mapToInt(r -> r.layer().length()).max().orElse(0));
        int second = Math.max("output shape".length(), rows.stream().mapToInt(r -> r.shape().length()).max().orElse(0));
        int third = Math.max("parameters".length(), Long.toString(total).length());
        String row = "  %-" + first + "s   %-" + second + "s   %" + third + "s";
        out.add(String.format(Locale.ROOT, row, "layer", "output shape", "parameters").stripTrailing());
        for (Row r : rows) {
            out.add(String.format(Locale.ROOT, row, r.layer(), r.shape(), r.parameters()).stripTrailing());
        }
        out.add(String.format(Locale.ROOT, "  %-" + (first + second + 3) + "s   %" + third + "d", "total", total));
        return out;
    }
}
