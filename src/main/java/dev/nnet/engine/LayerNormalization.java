package dev.nnet.engine;

/**
 * Layer normalisation (Ba, Kiros and Hinton 2016) over the last axis, as torch's
 * LayerNorm(features): each row of D numbers is normalised by its own mean and biased variance,
 * xhat = (x - mean) / sqrt(var + eps), and y = gamma xhat + beta with gamma, beta of shape [D].
 * The same in training and inference, since no statistics are kept.
 *
 * <p>Backward, with dxhat = dy gamma and sums over a row:
 * dx = invstd / D * (D dxhat - sum(dxhat) - xhat sum(dxhat xhat)); dgamma = sum over rows of dy xhat;
 * dbeta = sum over rows of dy.
 */
final class LayerNormalization extends Node {
    private final Node x;
    private final Node gamma;
    private final Node beta;
    private final double eps;
    private final int width;
    private final int rows;
    private final double[] invStd;
    private final double[] xhat;

    LayerNormalization(Graph graph, Node x, Node gamma, Node beta, double eps) {
        super(graph, x.value.shape(), x, gamma, beta);
        int[] s = x.value.shape();
        if (s.length == 0) throw new IllegalArgumentException("layer_norm needs at least one axis");
        this.width = s[s.length - 1];
        if (gamma.value.size() != width || beta.value.size() != width) {
            throw new IllegalArgumentException("layer_norm over rows of " + width + ": gamma and beta need " + width
                    + " numbers, got " + gamma.value.size() + " and " + beta.value.size());
        }
        this.x = x;
        this.gamma = gamma;
        this.beta = beta;
        this.eps = eps;
        this.rows = width == 0 ? 0 : x.value.size() / width;
        this.invStd = new double[rows];
        this.xhat = new double[x.value.size()];
    }

    @Override
    void forward() {
        Tensor in = x.value;
        for (int r = 0, off = 0; r < rows; r++, off += width) {
            double sum = 0;
            for (int j = off; j < off + width; j++) sum += in.get(j);
            double mu = sum / width;
            double squares = 0;
            for (int j = off; j < off + width; j++) {
                double d = in.get(j) - mu;
                squares += d * d;
            }
            invStd[r] = 1 / Math.sqrt(squares / width + eps);
            for (int j = off, c = 0; c < width; j++, c++) {
                xhat[j] = (in.get(j) - mu) * invStd[r];
                value.set(j, gamma.value.get(c) * xhat[j] + beta.value.get(c));
            }
        }
    }

    @Override
    void backward() {
        for (int r = 0, off = 0; r < rows; r++, off += width) {
            double sumD = 0, sumDXhat = 0;
            for (int j = off, c = 0; c < width; j++, c++) {
                double dy = grad.get(j);
                double d = dy * gamma.value.get(c);
                sumD += d;
                sumDXhat += d * xhat[j];
                if (gamma.requiresGrad) gamma.grad.set(c, gamma.grad.get(c) + dy * xhat[j]);
                if (beta.requiresGrad) beta.grad.set(c, beta.grad.get(c) + dy);
            }
            if (!x.requiresGrad) continue;
            for (int j = off, c = 0; c < width; j++, c++) {
                double d = grad.get(j) * gamma.value.get(c);
                x.grad.set(j, x.grad.get(j) + invStd[r] / width * (width * d - sumD - xhat[j] * sumDXhat));
            }
        }
    }

    @Override
    String op() {
        return "layer_norm";
    }
}
