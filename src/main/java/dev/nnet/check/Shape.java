package dev.nnet.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a tensor as the checker knows it: each dimension a size, the symbolic batch
 * dimension B, or unknown (inside a {@code def} body, before a call gives its arguments shapes).
 * Shape errors are found by the same arithmetic the engine will do: NumPy broadcasting, and a
 * matrix product's inner dimensions.
 */
public record Shape(List<Integer> dims) {
    public static final int BATCH = -1;
    public static final int UNKNOWN = -2;

    public Shape {
        dims = List.copyOf(dims);
    }

    public static Shape of(Integer... dims) {
        return new Shape(List.of(dims));
    }

    public static Shape scalar() {
        return new Shape(List.of());
    }

    /** A tensor of unknown sizes: a def's parameter before any call gives it a shape. */
    public static Shape anything() {
        return new Shape(List.of(UNKNOWN, UNKNOWN));
    }

    public int rank() {
        return dims.size();
    }

    public boolean isScalar() {
        return dims.isEmpty();
    }

    public boolean isKnown() {
        return !dims.contains(UNKNOWN);
    }

    public int last() {
        return dims.isEmpty() ? 1 : dims.get(dims.size() - 1);
    }

    /** {@code Tensor[B, 4]} */
    public String typeName() {
        List<String> parts = new ArrayList<>();
        for (int d : dims) parts.add(d == BATCH ? "B" : d == UNKNOWN ? "?" : Integer.toString(d));
        return "Tensor[" + String.join(", ", parts) + "]";
    }

    /** NumPy broadcasting; null when the shapes do not broadcast. */
    public static Shape broadcast(Shape a, Shape b) {
        int rank = Math.max(a.rank(), b.rank());
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rank; i++) {
            int x = i < rank - a.rank() ? 1 : a.dims.get(i - (rank - a.rank()));
            int y = i < rank - b.rank() ? 1 : b.dims.get(i - (rank - b.rank()));
            if (x == UNKNOWN || y == UNKNOWN) out.add(x == 1 ? y : y == 1 ? x : UNKNOWN);
            else if (x == y) out.add(x);
            else if (x == 1) out.add(y);
            else if (y == 1) out.add(x);
            else return null;
        }
        return new Shape(out);
    }

    /** The product of [n, k] and [k, m]; null when the inner dimensions differ or a rank is not 2. */
    public static Shape matmul(Shape a, Shape b) {
        if (!a.isKnown() || !b.isKnown()) return new Shape(List.of(a.isKnown() ? a.dims.get(0) : UNKNOWN,
                b.isKnown() && b.rank() == 2 ? b.dims.get(1) : UNKNOWN));
        if (a.rank() != 2 || b.rank() != 2) return null;
        int inner = a.dims.get(1);
        if (inner != b.dims.get(0)) return null;
        return Shape.of(a.dims.get(0), b.dims.get(1));
    }
}
