package dev.nnet.engine;

import java.util.List;

/**
 * Clipping by global norm (Pascanu, Mikolov and Bengio 2013, "On the difficulty of training
 * recurrent neural networks", Algorithm 1) as torch.nn.utils.clip_grad_norm_: the gradients of
 * all parameters, seen as one vector, are scaled by min(1, maxNorm / (norm + 1e-6)). Scaling them
 * together keeps the direction of the step; only its length is capped.
 */
public final class GradientClipping {
    /** torch's guard against a division by a zero norm. */
    private static final double GUARD = 1e-6;

    private GradientClipping() {
    }

    /** Scales the gradients in place when their global L2 norm exceeds maxNorm; returns the norm before clipping. */
    public static double clipByGlobalNorm(List<Parameter> params, double maxNorm) {
        if (!(maxNorm > 0)) throw new IllegalArgumentException("the largest gradient norm must be > 0, got " + maxNorm);
        double squares = 0;
        for (int i = 0; i < params.size(); i++) squares += sumOfSquares(params.get(i).grad());
        double norm = Math.sqrt(squares);
        double factor = maxNorm / (norm + GUARD);
        if (factor < 1) {
            for (int i = 0; i < params.size(); i++) {
                Tensor g = params.get(i).grad();
                Kernels.of(g.precision()).scale(g, factor, g);
            }
        }
        return norm;
    }

    private static double sumOfSquares(Tensor t) {
        double s = 0;
        if (t.precision() == Precision.FLOAT32) {
            for (float v : t.floats()) s += (double) v * v;
        } else {
            for (double v : t.doubles()) s += v * v;
        }
        return s;
    }
}
