package dev.nnet.engine;

/**
 * Batch normalisation (Ioffe and Szegedy 2015, Algorithm 1) over axis 1 of x [N, C, ...] (torch's
 * BatchNorm1d and BatchNorm2d): for each channel c, over the m = N * (spatial size) elements,
 * xhat = (x - mean) / sqrt(var + eps) and y = gamma_c xhat + beta_c.
 *
 * <p>Training mode normalises with the batch's mean and biased variance; inference mode with the
 * running statistics. The running statistics move as in torch, running = (1 - momentum) running
 * + momentum * batch, with the unbiased variance var * m / (m - 1), but once per training-mode
 * backward pass rather than per forward: a replayed graph may run forward without taking a step
 * (to evaluate), and only steps should count. Each step runs exactly one forward and one backward,
 * so a training run moves them exactly as torch does.
 *
 * <p>Backward (training), with sums over a channel's m elements:
 * dx = gamma invstd / m * (m dy - sum(dy) - xhat sum(dy xhat)); dgamma = sum(dy xhat); dbeta = sum(dy).
 * In inference mode mean and invstd are constants: dx = gamma invstd dy.
 */
final class BatchNormalization extends Node {
    private final Node x;
    private final Node gamma;
    private final Node beta;
    private final Tensor runningMean;
    private final Tensor runningVar;
    private final double momentum;
    private final double eps;
    private final int n;
    private final int channels;
    private final int spatial;
    private final double[] mean;
    private final double[] variance;
    private final double[] invStd;
    private final double[] xhat;
    private boolean trainingPass; // the mode of the last forward

    BatchNormalization(Graph graph, Node x, Node gamma, Node beta, Tensor runningMean, Tensor runningVar,
                       double momentum, double eps) {
        super(graph, x.value.shape(), x, gamma, beta);
        int[] s = x.value.shape();
        if (s.length < 2) throw new IllegalArgumentException("batch_norm needs [batch, channels, ...], got " + Shapes.show(s));
        this.channels = s[1];
        checkChannels("gamma", gamma.value);
        checkChannels("beta", beta.value);
        checkChannels("running mean", runningMean);
        checkChannels("running variance", runningVar);
        this.x = x;
        this.gamma = gamma;
        this.beta = beta;
        this.runningMean = runningMean;
        this.runningVar = runningVar;
        this.momentum = momentum;
        this.eps = eps;
        this.n = s[0];
        this.spatial = x.value.size() / Math.max(1, n * channels);
        this.mean = new double[channels];
        this.variance = new double[channels];
        this.invStd = new double[channels];
        this.xhat = new double[x.value.size()];
    }

    private void checkChannels(String what, Tensor t) {
        if (t.size() != channels) {
            throw new IllegalArgumentException("batch_norm over " + channels + " channels: " + what + " has " + t.size()
                    + " numbers");
        }
    }

    private int at(int i, int c, int s) {
        return (i * channels + c) * spatial + s;
    }

    @Override
    void forward() {
        trainingPass = graph.training();
        Tensor in = x.value;
        int m = n * spatial;
        for (int c = 0; c < channels; c++) {
            if (trainingPass) {
                double sum = 0;
                for (int i = 0; i < n; i++) for (int s = 0; s < spatial; s++) sum += in.get(at(i, c, s));
                double mu = sum / m;
                double squares = 0;
                for (int i = 0; i < n; i++) {
                    for (int s = 0; s < spatial; s++) {
                        double d = in.get(at(i, c, s)) - mu;
                        squares += d * d;
                    }
                }
                mean[c] = mu;
                variance[c] = squares / m;
            } else {
                mean[c] = runningMean.get(c);
                variance[c] = runningVar.get(c);
            }
            invStd[c] = 1 / Math.sqrt(variance[c] + eps);
            double g = gamma.value.get(c), b = beta.value.get(c);
            for (int i = 0; i < n; i++) {
                for (int s = 0; s < spatial; s++) {
                    int k = at(i, c, s);
                    xhat[k] = (in.get(k) - mean[c]) * invStd[c];
                    value.set(k, g * xhat[k] + b);
                }
            }
        }
    }

    @Override
    void backward() {
        int m = n * spatial;
        for (int c = 0; c < channels; c++) {
            double sumDy = 0, sumDyXhat = 0;
            for (int i = 0; i < n; i++) {
                for (int s = 0; s < spatial; s++) {
                    int k = at(i, c, s);
                    sumDy += grad.get(k);
                    sumDyXhat += grad.get(k) * xhat[k];
                }
            }
            if (gamma.requiresGrad) gamma.grad.set(c, gamma.grad.get(c) + sumDyXhat);
            if (beta.requiresGrad) beta.grad.set(c, beta.grad.get(c) + sumDy);
            if (x.requiresGrad) {
                double g = gamma.value.get(c);
                for (int i = 0; i < n; i++) {
                    for (int s = 0; s < spatial; s++) {
                        int k = at(i, c, s);
                        double dx = trainingPass
                                ? g * invStd[c] / m * (m * grad.get(k) - sumDy - xhat[k] * sumDyXhat)
                                : g * invStd[c] * grad.get(k);
                        x.grad.set(k, x.grad.get(k) + dx);
                    }
                }
            }
            if (trainingPass) {
                double unbiased = m > 1 ? variance[c] * m / (m - 1) : variance[c];
                runningMean.set(c, (1 - momentum) * runningMean.get(c) + momentum * mean[c]);
                runningVar.set(c, (1 - momentum) * runningVar.get(c) + momentum * unbiased);
            }
        }
    }

    @Override
    String op() {
        return "batch_norm";
    }
}
