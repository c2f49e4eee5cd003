package dev.nnet.engine;

/** rate = base * gamma^floor(epoch / every), as torch.optim.lr_scheduler.StepLR. */
public final class StepSchedule implements Schedule {
    private final double base;
    private final int every;
    private final double gamma;

    public StepSchedule(double base, int every, double gamma) {
        if (every <= 0) throw new IllegalArgumentException("a step schedule needs a step of at least 1 epoch, got " + every);
        this.base = base;
        this.every = every;
        this.gamma = gamma;
    }

    @Override
    public double rate(int epoch, double metric) {
        return base * StrictMath.pow(gamma, epoch / every);
    }
}
