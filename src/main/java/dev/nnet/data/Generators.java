package dev.nnet.data;

import dev.nnet.engine.Rng;
import java.nio.charset.StandardCharsets;

/**
 * The generated datasets: classic toy problems drawn from the dataset's seed, written out as CSV
 * text so that every dataset option (features, classes, drop, split...) works on them as on a file.
 * Columns are {@code x1..xk} and then {@code class} (values 0..k-1) or {@code y} (a real number).
 * Floats are printed with {@link Float#toString}, which reads back to the same float.
 */
final class Generators {
    private Generators() {}

    static byte[] csv(Source.Generated g, long seed) {
        Rng rng = Rng.forPurpose(seed, "generate " + g.name());
        StringBuilder out = new StringBuilder();
        int width = g.name().equals("spirals") || g.name().equals("moons") ? 2 : g.features();
        for (int j = 1; j <= width; j++) out.append('x').append(j).append(',');
        out.append(g.name().equals("regression") ? "y" : "class").append('\n');
        switch (g.name()) {
            case "spirals" -> spirals(g, rng, out);
            case "moons" -> moons(g, rng, out);
            case "blobs" -> blobs(g, rng, out);
            default -> regression(g, rng, out);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Classes taken in turn, so that every class has rows as soon as there are as many rows as classes. */
    private static int classOf(int row, int classes) {
        return row % classes;
    }

    /** Arms of a spiral around the origin, one per class, radius growing from 0 to 1 along each arm. */
    private static void spirals(Source.Generated g, Rng rng, StringBuilder out) {
        int perClass = (g.rows() + g.classes() - 1) / g.classes();
        for (int i = 0; i < g.rows(); i++) {
            int c = classOf(i, g.classes());
            double t = perClass == 1 ? 0 : (double) (i / g.classes()) / (perClass - 1);
            double angle = 4 * t + 2 * StrictMath.PI * c / g.classes() + g.noise() * rng.nextGaussian();
            row(out, c, t * StrictMath.sin(angle), t * StrictMath.cos(angle));
        }
    }

    /** Two interleaved half circles, as scikit-learn's make_moons draws them. */
    private static void moons(Source.Generated g, Rng rng, StringBuilder out) {
        for (int i = 0; i < g.rows(); i++) {
            int c = classOf(i, 2);
            double t = StrictMath.PI * rng.nextDouble();
            double x = c == 0 ? StrictMath.cos(t) : 1 - StrictMath.cos(t);
            double y = c == 0 ? StrictMath.sin(t) : 0.5 - StrictMath.sin(t);
            row(out, c, x + g.noise() * rng.nextGaussian(), y + g.noise() * rng.nextGaussian());
        }
    }

    /** Gaussian blobs around centres drawn uniformly in [-10, 10] on every axis. */
    private static void blobs(Source.Generated g, Rng rng, StringBuilder out) {
        double[][] centres = new double[g.classes()][g.features()];
        for (double[] centre : centres) for (int j = 0; j < centre.length; j++) centre[j] = 20 * rng.nextDouble() - 10;
        for (int i = 0; i < g.rows(); i++) {
            int c = classOf(i, g.classes());
            double[] values = new double[g.features()];
            for (int j = 0; j < values.length; j++) values[j] = centres[c][j] + g.noise() * rng.nextGaussian();
            row(out, c, values);
        }
    }

    /** y = w . x + noise, with x and w standard normal: the best possible mean squared error is noise². */
    private static void regression(Source.Generated g, Rng rng, StringBuilder out) {
        double[] w = new double[g.features()];
        for (int j = 0; j < w.length; j++) w[j] = rng.nextGaussian();
        for (int i = 0; i < g.rows(); i++) {
            double y = 0;
            for (int j = 0; j < w.length; j++) {
                double x = rng.nextGaussian();
                y += w[j] * x;
                out.append(Float.toString((float) x)).append(',');
            }
            y += g.noise() * rng.nextGaussian();
            out.append(Float.toString((float) y)).append('\n');
        }
    }

    private static void row(StringBuilder out, int c, double... values) {
        for (double v : values) out.append(Float.toString((float) v)).append(',');
        out.append(c).append('\n');
    }
}
