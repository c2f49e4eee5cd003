package dev.nnet.engine;

/** One-input elementwise operations. Their scalar derivatives live in {@link Pointwise}. */
final class Elementwise {
    private Elementwise() {
    }

    /** y = f(x) elementwise; dx += dy * f'(x). */
    static final class Apply extends Node {
        private final Pointwise f;
        private final double a;
        private final Node x;

        Apply(Graph graph, Pointwise f, double a, Node x) {
            super(graph, x.value.shape(), x);
            this.f = f;
            this.a = a;
            this.x = x;
        }

        @Override
        void forward() {
            kernels.map(f, a, x.value, value);
        }

        @Override
        void backward() {
            if (x.requiresGrad) kernels.mapBackward(f, a, x.value, value, grad, x.grad);
        }

        @Override
        String op() {
            return f.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** y = c x; dx += c dy. */
    static final class Scale extends Node {
        private final Node x;
        private final double c;

        Scale(Graph graph, Node x, double c) {
            super(graph, x.value.shape(), x);
            this.x = x;
            this.c = c;
        }

        @Override
        void forward() {
            kernels.scale(x.value, c, value);
        }

        @Override
        void backward() {
            if (x.requiresGrad) kernels.addScaled(grad, c, x.grad);
        }

        @Override
        String op() {
            return "scale";
        }
    }
}
