package dev.nnet.engine;

import java.util.Arrays;

/**
 * A dense, row-major array of numbers with a shape. It stores exactly one of a {@code float[]}
 * (FLOAT32) or a {@code double[]} (FLOAT64); kernels work on that backing array directly, which
 * is why {@link #floats()} and {@link #doubles()} hand it out instead of a copy.
 *
 * <p>A scalar has shape {@code []} and size 1.
 */
public final class Tensor {
    private static final int SHOWN_PER_AXIS = 6;

    private final int[] shape;
    private final int size;
    private final float[] floats;
    private final double[] doubles;

    private Tensor(int[] shape, float[] floats, double[] doubles) {
        this.shape = shape.clone();
        this.size = sizeOf(this.shape);
        this.floats = floats;
        this.doubles = doubles;
        int length = floats != null ? floats.length : doubles.length;
        if (length != size) {
            throw new IllegalArgumentException("data of length " + length + " does not fit shape "
                    + Arrays.toString(shape) + " (which holds " + size + " numbers)");
        }
    }

    public static Tensor zeros(Precision precision, int... shape) {
        int n = sizeOf(shape);
        return precision == Precision.FLOAT32
                ? new Tensor(shape, new float[n], null)
                : new Tensor(shape, null, new double[n]);
    }

    /** A scalar (shape {@code []}) holding {@code value}. */
    public static Tensor scalar(Precision precision, double value) {
        Tensor t = zeros(precision);
        t.set(0, value);
        return t;
    }

    /** A tensor over {@code data} itself (no copy): later writes to the array show through. */
    public static Tensor wrap(float[] data, int... shape) {
        return new Tensor(shape, data, null);
    }

    /** A tensor over {@code data} itself (no copy): later writes to the array show through. */
    public static Tensor wrap(double[] data, int... shape) {
        return new Tensor(shape, null, data);
    }

    /** A new tensor of the given precision holding {@code values} (converted, copied). */
    public static Tensor of(Precision precision, double[] values, int... shape) {
        Tensor t = zeros(precision, shape);
        t.copyFrom(wrap(values, shape));
        return t;
    }

    /** A tensor of another shape (same size) over this one's storage: writes to either show in both. */
    Tensor view(int... newShape) {
        return new Tensor(newShape, floats, doubles);
    }

    static int sizeOf(int[] shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            n *= d;
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds too many numbers");
            }
        }
        return (int) n;
    }

    public Precision precision() {
        return floats != null ? Precision.FLOAT32 : Precision.FLOAT64;
    }

    /** The shape, as a copy the caller may keep or change. */
    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    public int dim(int axis) {
        return shape[axis];
    }

    public int size() {
        return size;
    }

    /** True when this tensor's shape equals {@code other}, without copying either. */
    public boolean hasShape(int... other) {
        return Arrays.equals(shape, other);
    }

    public double get(int flatIndex) {
        return floats != null ? floats[flatIndex] : doubles[flatIndex];
    }

    public void set(int flatIndex, double v) {
        if (floats != null) floats[flatIndex] = (float) v;
        else doubles[flatIndex] = v;
    }

    /** The backing array of a FLOAT32 tensor. */
    public float[] floats() {
        if (floats == null) throw new IllegalStateException("this tensor is float64, not float32");
        return floats;
    }

    /** The backing array of a FLOAT64 tensor. */
    public double[] doubles() {
        if (doubles == null) throw new IllegalStateException("this tensor is float32, not float64");
        return doubles;
    }

    /** Copies {@code src}'s numbers into this tensor (same size; converts between precisions). */
    public void copyFrom(Tensor src) {
        if (src.size != size) {
            throw new IllegalArgumentException("cannot copy " + src.size + " numbers into a tensor of "
                    + size + " (shapes " + Arrays.toString(src.shape) + " and " + Arrays.toString(shape) + ")");
        }
        if (floats != null && src.floats != null) {
            System.arraycopy(src.floats, 0, floats, 0, size);
        } else if (doubles != null && src.doubles != null) {
            System.arraycopy(src.doubles, 0, doubles, 0, size);
        } else {
            for (int i = 0; i < size; i++) set(i, src.get(i));
        }
    }

    public void fill(double v) {
        if (floats != null) Arrays.fill(floats, (float) v);
        else Arrays.fill(doubles, v);
    }

    public Tensor copy() {
        return floats != null
                ? new Tensor(shape, floats.clone(), null)
                : new Tensor(shape, null, doubles.clone());
    }

    /** A copy in the given precision (rounding to float when going down). */
    public Tensor to(Precision precision) {
        Tensor t = zeros(precision, shape);
        t.copyFrom(this);
        return t;
    }

    /** For example {@code float32[2, 3] [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]}; long axes are elided. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(precision().label()).append(Arrays.toString(shape)).append(' ');
        appendAxis(sb, 0, 0);
        return sb.toString();
    }

    private void appendAxis(StringBuilder sb, int axis, int offset) {
        if (axis == shape.length) {
            sb.append(get(offset));
            return;
        }
        int stride = 1;
        for (int a = axis + 1; a < shape.length; a++) stride *= shape[a];
        int n = shape[axis];
        sb.append('[');
        for (int i = 0; i < n; i++) {
            if (n > SHOWN_PER_AXIS && i == SHOWN_PER_AXIS / 2) {
                sb.append("..., ");
                i = n - SHOWN_PER_AXIS / 2;
            }
            appendAxis(sb, axis + 1, offset + i * stride);
            if (i < n - 1) sb.append(", ");
        }
        sb.append(']');
    }
}
