package dev.nnet.engine;

/**
 * Cosine annealing without restarts (Loshchilov and Hutter 2017, "SGDR", eq. 5) as
 * torch.optim.lr_scheduler.CosineAnnealingLR in its closed form:
 * rate = min + (base - min) (1 + cos(pi epoch / period)) / 2. Past the period the cosine goes on
 * (the rate climbs back), as in torch.
 */
public final class CosineSchedule implements Schedule {
    private final double base;
    private final int period;
    private final double min;

    public CosineSchedule(double base, int period, double min) {
        if (period <= 0) throw new IllegalArgumentException("a cosine schedule needs a period of at least 1 epoch, got " + period);
        this.base = base;
        this.period = period;
        this.min = min;
    }

    @Override
    public double rate(int epoch, double metric) {
        return min + (base - min) * (1 + StrictMath.cos(StrictMath.PI * epoch / period)) / 2;
    }
}
