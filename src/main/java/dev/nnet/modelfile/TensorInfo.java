package dev.nnet.modelfile;

/** One tensor as a header describes it: its element type, its shape, and where its bytes lie in the buffer. */
public record TensorInfo(String name, DType dtype, long[] shape, long begin, long end) {
    public long elements() {
        long n = 1;
        for (long d : shape) n *= d;
        return n;
    }

    public String shapeText() {
        return java.util.Arrays.toString(shape);
    }
}
