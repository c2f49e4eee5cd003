package dev.nnet.engine;

/** rate = base * gamma^epoch, as torch.optim.lr_scheduler.ExponentialLR. */
public final class ExponentialSchedule implements Schedule {
    private final double base;
    private final double gamma;

    public ExponentialSchedule(double base, double gamma) {
        this.base = base;
        this.gamma = gamma;
    }

    @Override
    public double rate(int epoch, double metric) {
        return base * StrictMath.pow(gamma, epoch);
    }
}
