package dev.nnet.engine;

import dev.nnet.engine.Kernels.Arith;

/**
 * a + b, a - b, a * b and a / b with NumPy broadcasting. Each input's gradient is summed over the
 * axes along which it was broadcast: the index maps send every output element's contribution back
 * to the one input element it read.
 */
final class Arithmetic {
    private Arithmetic() {
    }

    abstract static class Binary extends Node {
        final Node a;
        final Node b;
        final int[] aMap; // output flat index -> a's flat index; null when no broadcasting happened
        final int[] bMap;
        /** b is a row added to every row of a, as a bias: a [..., m] and b [m], a's shape the output's. */
        final boolean rowOfB;
        private final Arith arith;

        Binary(Graph graph, Arith arith, Node a, Node b) {
            super(graph, Shapes.broadcast(arith.name().toLowerCase(java.util.Locale.ROOT), a.value.shape(), b.value.shape()),
                    a, b);
            this.arith = arith;
            this.a = a;
            this.b = b;
            int[] out = value.shape();
            boolean same = a.value.hasShape(out) && b.value.hasShape(out);
            // The kernels take both maps or neither, so an identity map is spelled out when only one side broadcasts.
            this.aMap = same ? null : identityIfNull(Shapes.indexMap(a.value.shape(), out), value.size());
            this.bMap = same ? null : identityIfNull(Shapes.indexMap(b.value.shape(), out), value.size());
            int[] sb = b.value.shape();
            this.rowOfB = !same && a.value.hasShape(out) && sb.length == 1 && out.length >= 1 && sb[0] == out[out.length - 1];
        }

        private static int[] identityIfNull(int[] map, int size) {
            if (map != null) return map;
            int[] identity = new int[size];
            for (int i = 0; i < size; i++) identity[i] = i;
            return identity;
        }

        @Override
        final void forward() {
            if (rowOfB && arith == Arith.ADD) kernels.addRow(a.value, b.value, value);
            else kernels.combine(arith, a.value, aMap, b.value, bMap, value);
        }

        @Override
        String op() {
            return arith.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** y = a + b; dy/da = 1, dy/db = 1. */
    static final class Add extends Binary {
        Add(Graph graph, Node a, Node b) {
            super(graph, Arith.ADD, a, b);
        }

        @Override
        void backward() {
            if (rowOfB) { // the bias case: a's gradient is dy itself, b's the sum of dy's rows
                if (a.requiresGrad) kernels.accumulate(grad, 1, a.grad, null);
                if (b.requiresGrad) kernels.accumulateRows(grad, b.grad);
                return;
            }
            if (a.requiresGrad) kernels.accumulate(grad, 1, a.grad, aMap);
            if (b.requiresGrad) kernels.accumulate(grad, 1, b.grad, bMap);
        }
    }

    /** y = a - b; dy/da = 1, dy/db = -1. */
    static final class Sub extends Binary {
        Sub(Graph graph, Node a, Node b) {
            super(graph, Arith.SUB, a, b);
        }

        @Override
        void backward() {
            if (a.requiresGrad) kernels.accumulate(grad, 1, a.grad, aMap);
            if (b.requiresGrad) kernels.accumulate(grad, -1, b.grad, bMap);
        }
    }

    /** y = a * b; dy/da = b, dy/db = a. */
    static final class Mul extends Binary {
        Mul(Graph graph, Node a, Node b) {
            super(graph, Arith.MUL, a, b);
        }

        @Override
        void backward() {
            if (a.requiresGrad) kernels.accumulateProduct(grad, b.value, bMap, a.grad, aMap);
            if (b.requiresGrad) kernels.accumulateProduct(grad, a.value, aMap, b.grad, bMap);
        }
    }

    /** y = a / b; dy/da = 1 / b, dy/db = -a / b^2 = -y / b. */
    static final class Div extends Binary {
        Div(Graph graph, Node a, Node b) {
            super(graph, Arith.DIV, a, b);
        }

        @Override
        void backward() {
            if (a.requiresGrad) kernels.accumulateQuotient(grad, null, b.value, bMap, 1, a.grad, aMap);
            if (b.requiresGrad) kernels.accumulateQuotient(grad, value, b.value, bMap, -1, b.grad, bMap);
        }
    }
}
