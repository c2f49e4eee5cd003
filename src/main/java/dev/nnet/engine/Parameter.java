package dev.nnet.engine;

/**
 * A trainable tensor and the gradient accumulated for it. The gradient is allocated once, with
 * the value's shape and precision; backward passes add to it and optimizers clear it.
 */
public final class Parameter {
    private final String name;
    private final Tensor value;
    private final Tensor grad;

    public Parameter(String name, Tensor value) {
        this.name = name;
        this.value = value;
        this.grad = Tensor.zeros(value.precision(), value.shape());
    }

    public String name() {
        return name;
    }

    public Tensor value() {
        return value;
    }

    public Tensor grad() {
        return grad;
    }

    public void zeroGrad() {
        grad.fill(0);
    }

    @Override
    public String toString() {
        return "Parameter " + name + " " + value.precision().label() + java.util.Arrays.toString(value.shape());
    }
}
