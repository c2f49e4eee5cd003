package dev.nnet.check;

import dev.nnet.ast.ModelItem;
import dev.nnet.ast.Span;
import dev.nnet.ast.Statement;
import dev.nnet.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The shapes through a model, found before anything runs with the arithmetic the engine will do:
 * a convolution or a pool of window k, stride s and padding p takes a size n to (n + 2p - k) / s + 1.
 * NNet asks that division to be exact (torch rounds it down and drops the last rows and columns
 * without a word), that every window fits its input, that a dense layer sees flat rows and a
 * convolution or pool sees [channels, height, width], that a reshape keeps the number of values,
 * and that a model ends flat. Each finding is reported with the shapes it concerns.
 */
final class LayerShapes {
    private final Context cx;

    LayerShapes(Context cx) {
        this.cx = cx;
    }

    /** Reports the first layer whose input does not fit; records every line's shape for editors. */
    boolean check(Statement.Model m, List<Integer> input, List<Plan.Layer> layers, List<ModelItem.Layer> items) {
        List<Integer> shape = input;
        cx.layerShapes.add(new Analysis.LayerShape(m.items().get(0).span(), tensor(shape), 0));
        for (int i = 0; i < layers.size(); i++) {
            Plan.Layer layer = layers.get(i);
            if (!fits(layer, shape, items.get(i))) return false;
            List<Integer> next = layer.outputShape(shape);
            cx.layerShapes.add(new Analysis.LayerShape(layer.span(), tensor(next), (int) Math.min(Integer.MAX_VALUE,
                    parameters(layer, shape))));
            shape = next;
        }
        if (shape.size() != 1) {
            Span at = layers.isEmpty() ? m.name().span() : items.get(items.size() - 1).span();
            cx.reporter.error(DiagnosticCode.E0334, at, "model `" + m.name().text() + "` ends with " + tensor(shape)
                    + ", but a model must give one row of outputs per example", "gives " + tensor(shape),
                    "end it with `flatten` and a dense layer, such as `dense(10)`: flatten turns " + tensor(shape)
                            + " into " + tensor(List.of((int) Plan.size(shape))));
            return false;
        }
        return true;
    }

    /** The number of weights a layer learns, given the shape it is given. */
    static long parameters(Plan.Layer layer, List<Integer> in) {
        if (layer instanceof Plan.Dense d) return (long) in.get(0) * d.units() + (d.bias() ? d.units() : 0);
        if (layer instanceof Plan.Conv2d c) {
            return (long) c.filters() * in.get(0) * c.kernelHeight() * c.kernelWidth() + (c.bias() ? c.filters() : 0);
        }
        if (layer instanceof Plan.NormLayer n) return 2L * n.features(in);
        return 0;
    }

    static String tensor(List<Integer> shape) {
        List<Integer> dims = new ArrayList<>();
        dims.add(Shape.BATCH);
        dims.addAll(shape);
        return new Shape(dims).typeName();
    }

    private boolean fits(Plan.Layer layer, List<Integer> in, ModelItem.Layer item) {
        Span at = item.span();
        if (layer instanceof Plan.Dense) {
            if (in.size() == 1) return true;
            cx.reporter.error(DiagnosticCode.E0330, at, "`dense` needs one row of features per example, but it is "
                    + "given " + tensor(in), "given " + tensor(in), "add `flatten` before it: it turns " + tensor(in)
                    + " into " + tensor(List.of((int) Plan.size(in))));
            return false;
        }
        if (layer instanceof Plan.Conv2d c) {
            return image("conv2d", in, at) && window(layer.describe(), in, c.kernelHeight(), c.kernelWidth(),
                    c.strideHeight(), c.strideWidth(), c.paddingHeight(), c.paddingWidth(), at, "kernel");
        }
        if (layer instanceof Plan.Pool p) {
            return image(p.max() ? "max_pool" : "avg_pool", in, at) && window(layer.describe(), in, p.height(),
                    p.width(), p.strideHeight(), p.strideWidth(), 0, 0, at, "window");
        }
        if (layer instanceof Plan.Reshape r) {
            if (Plan.size(in) == Plan.size(r.shape())) return true;
            cx.reporter.error(DiagnosticCode.E0333, at, "`reshape` cannot turn " + tensor(in) + " (" + Plan.size(in)
                    + " values an example) into " + tensor(r.shape()) + " (" + Plan.size(r.shape()) + ")",
                    "keeps " + Plan.size(in) + " values, not " + Plan.size(r.shape()),
                    "choose sizes whose product is " + Plan.size(in) + ", such as " + tensor(suggest(in)));
            return false;
        }
        if (layer instanceof Plan.DefLayer d) {
            List<Integer> dims = new ArrayList<>();
            dims.add(Shape.BATCH);
            dims.addAll(in);
            return defKeepsShape(cx, d.def(), new Shape(dims), item.name().span(), "a layer");
        }
        return true;
    }

    /** [channels, height, width] for a convolution or a pool; the help says how to get there. */
    private boolean image(String name, List<Integer> in, Span at) {
        if (in.size() == 3) return true;
        cx.reporter.error(DiagnosticCode.E0330, at, "`" + name + "` needs examples of [channels, height, width], but "
                + "it is given " + tensor(in), "given " + tensor(in), in.size() == 1
                ? "declare the input's shape, such as `input " + suggest(in) + "`, or add `reshape(" + suggest(in)
                        + ")` before it: both read the " + in.get(0) + " values of an example row by row"
                : "add `reshape(" + suggest(in) + ")` before it");
        return false;
    }

    /** A [channels, height, width] shape of the same size: square images of one channel when it can. */
    static List<Integer> suggest(List<Integer> in) {
        long n = Plan.size(in);
        if (in.size() == 3) return List.of((int) n, 1, 1);
        if (in.size() == 2) return List.of(1, in.get(0), in.get(1));
        long side = Math.round(Math.sqrt(n));
        if (side * side == n) return List.of(1, (int) side, (int) side);
        return List.of(1, 1, (int) n);
    }

    private boolean window(String layer, List<Integer> in, int kh, int kw, int sh, int sw, int ph, int pw, Span at,
                           String kind) {
        int h = in.get(1) + 2 * ph, w = in.get(2) + 2 * pw;
        if (kh > h || kw > w) {
            String padded = ph == 0 && pw == 0 ? "" : " once padded";
            cx.reporter.error(DiagnosticCode.E0331, at, "the " + kh + "x" + kw + " " + kind + " of `" + layer
                    + "` is larger than its input, " + tensor(in) + " (" + h + "x" + w + padded + ")",
                    kind + " larger than " + h + "x" + w, "use a " + kind + " of at most " + Math.min(h, w)
                            + ", or remove a layer before it that makes the image smaller");
            return false;
        }
        if ((h - kh) % sh == 0 && (w - kw) % sw == 0) return true;
        boolean rows = (h - kh) % sh != 0;
        int n = rows ? h : w, k = rows ? kh : kw, s = rows ? sh : sw;
        int over = (n - k) % s;
        String axis = rows ? "height" : "width";
        cx.reporter.error(DiagnosticCode.E0332, at, "`" + layer + "` does not fit " + tensor(in) + " evenly: its "
                + axis + " gives (" + n + " - " + k + ") / " + s + " + 1 = " + Plan.number((n - k) / (double) s + 1)
                + " positions", "leaves " + over + (over == 1 ? " row" : " rows") + " over",
                "the last " + (over == 1 ? "row" : over + " rows") + " would be left out; a " + axis + " of " + (n - over)
                        + " or " + (n - over + s) + " fits: pad the input (`padding:` of a conv2d) or choose a "
                        + kind + " and stride that divide it");
        return false;
    }

    /** A def used as an activation or a layer takes one tensor and gives back one of the same shape. */
    static boolean defKeepsShape(Context cx, Statement.Def def, Shape in, Span at, String what) {
        Value out = new Calls(cx.evaluator, cx.reporter, cx.scope).body(def, List.of(new Value.TensorValue(in, true)));
        if (out instanceof Value.Invalid) return false;
        if (!(out instanceof Value.TensorValue t) || !t.shape().equals(in)) {
            cx.reporter.error(DiagnosticCode.E0307, at, "`" + def.name().text() + "` turns " + in.typeName()
                    + " into " + out.typeName() + ", but " + what + " must keep the shape", "changes the shape");
            return false;
        }
        return true;
    }
}
