package dev.nnet.engine;

/**
 * Reduce-on-plateau as torch.optim.lr_scheduler.ReduceLROnPlateau in mode "min" with a relative
 * threshold: a metric counts as better when it is below best * (1 - threshold). After more than
 * {@code patience} epochs in a row without improvement the rate is multiplied by {@code factor}
 * (never below {@code minRate}) and the next {@code cooldown} epochs are not counted.
 */
public final class PlateauSchedule implements Schedule {
    /** torch ignores reductions smaller than this. */
    private static final double EPSILON = 1e-8;

    private final double factor;
    private final int patience;
    private final double threshold;
    private final int cooldown;
    private final double minRate;
    private double rate;
    private double best = Double.POSITIVE_INFINITY;
    private int badEpochs;
    private int cooldownLeft;
    private int nextEpoch;

    /** torch's defaults are (factor 0.1, patience 10, threshold 1e-4, cooldown 0, min 0). */
    public PlateauSchedule(double base, double factor, int patience, double threshold, int cooldown, double minRate) {
        if (!(factor > 0 && factor < 1)) throw new IllegalArgumentException("the plateau factor must lie in (0, 1), got " + factor);
        if (patience < 0 || cooldown < 0) throw new IllegalArgumentException("patience and cooldown must be >= 0");
        this.rate = base;
        this.factor = factor;
        this.patience = patience;
        this.threshold = threshold;
        this.cooldown = cooldown;
        this.minRate = minRate;
    }

    @Override
    public double rate(int epoch, double metric) {
        if (epoch != nextEpoch) {
            throw new IllegalStateException("a plateau schedule is asked epoch by epoch: expected " + nextEpoch + ", got " + epoch);
        }
        nextEpoch++;
        if (epoch > 0) observe(metric);
        return rate;
    }

    @Override
    public java.util.Map<String, Double> saveState() {
        java.util.Map<String, Double> state = new java.util.LinkedHashMap<>();
        state.put("rate", rate);
        state.put("best", best);
        state.put("bad_epochs", (double) badEpochs);
        state.put("cooldown_left", (double) cooldownLeft);
        state.put("next_epoch", (double) nextEpoch);
        return state;
    }

    @Override
    public void loadState(java.util.Map<String, Double> state) {
        for (String name : java.util.List.of("rate", "best", "bad_epochs", "cooldown_left", "next_epoch")) {
            if (!state.containsKey(name)) throw new IllegalArgumentException("the schedule state has no " + name);
        }
        rate = state.get("rate");
        best = state.get("best");
        badEpochs = state.get("bad_epochs").intValue();
        cooldownLeft = state.get("cooldown_left").intValue();
        nextEpoch = state.get("next_epoch").intValue();
    }

    private void observe(double metric) {
        if (metric < best * (1 - threshold)) {
            best = metric;
            badEpochs = 0;
        } else {
            badEpochs++;
        }
        if (cooldownLeft > 0) {
            cooldownLeft--;
            badEpochs = 0;
        }
        if (badEpochs > patience) {
            double reduced = Math.max(rate * factor, minRate);
            if (rate - reduced > EPSILON) rate = reduced;
            cooldownLeft = cooldown;
            badEpochs = 0;
        }
    }
}
