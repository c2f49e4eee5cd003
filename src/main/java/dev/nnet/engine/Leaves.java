package dev.nnet.engine;

/** The nodes that read a tensor instead of computing one: constants and parameters. */
final class Leaves {
    private Leaves() {
    }

    /**
     * An input: reads the caller's tensor itself, so that overwriting its data and calling
     * {@link Graph#forward()} replays the graph on new data.
     */
    static final class Constant extends Node {
        Constant(Graph graph, Tensor tensor) {
            super(graph, tensor, null);
        }

        @Override
        void forward() {
        }

        @Override
        void backward() {
        }

        @Override
        String op() {
            return "constant";
        }
    }

    /**
     * A parameter: its value is the parameter's tensor and its gradient the parameter's gradient,
     * so backward passes accumulate straight into {@link Parameter#grad()}.
     */
    static final class ParameterLeaf extends Node {
        final Parameter parameter;

        ParameterLeaf(Graph graph, Parameter parameter) {
            super(graph, parameter.value(), parameter.grad());
            this.parameter = parameter;
        }

        @Override
        void forward() {
        }

        @Override
        void backward() {
        }

        @Override
        boolean clearsGradient() {
            return false;
        }

        @Override
        String op() {
            return "parameter " + parameter.name();
        }
    }
}
