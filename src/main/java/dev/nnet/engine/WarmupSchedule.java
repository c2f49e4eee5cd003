package dev.nnet.engine;

/**
 * Linear warm-up (Goyal et al. 2017, "Accurate, large minibatch SGD", section 2.2) as
 * torch.optim.lr_scheduler.LinearLR: the factor on the base rate moves in a straight line from
 * startFactor at epoch 0 to endFactor at epoch {@code epochs}, and stays there.
 */
public final class WarmupSchedule implements Schedule {
    private final double base;
    private final double startFactor;
    private final double endFactor;
    private final int epochs;

    public WarmupSchedule(double base, double startFactor, double endFactor, int epochs) {
        if (epochs <= 0) throw new IllegalArgumentException("a warm-up needs at least 1 epoch, got " + epochs);
        if (!(startFactor > 0 && startFactor <= 1)) {
            throw new IllegalArgumentException("a warm-up's start factor must lie in (0, 1], got " + startFactor);
        }
        this.base = base;
        this.startFactor = startFactor;
        this.endFactor = endFactor;
        this.epochs = epochs;
    }

    @Override
    public double rate(int epoch, double metric) {
        return base * (startFactor + (endFactor - startFactor) * Math.min(epoch, epochs) / epochs);
    }
}
