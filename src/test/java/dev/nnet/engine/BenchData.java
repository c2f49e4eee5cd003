package dev.nnet.engine;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The benchmark's data, from Debian packages as the peers read it (../shared/bench/peers/peer_data.py):
 * Iris and digits from python3-sklearn's CSV files, Fashion-MNIST from dataset-fashion-mnist's IDX
 * files, XOR inline. Splits are stratified and seeded (the sizes equal the peers': 120/30 and
 * 1437/360; the rows drawn differ, since sklearn's generator is not ours).
 */
final class BenchData {
    static final Path SKLEARN = Path.of(System.getenv().getOrDefault("SKLEARN_DATA",
            "/usr/lib/python3/dist-packages/sklearn/datasets/data"));
    static final Path FASHION = Path.of(System.getenv().getOrDefault("FMNIST_DIR", "/usr/share/datasets/fashion-mnist"));

    /** Features row-major [rows, features], labels 0..classes-1. */
    record Split(float[] xTrain, int[] yTrain, float[] xTest, int[] yTest, int features, int classes) {
        int trainRows() {
            return yTrain.length;
        }
    }

    private BenchData() {
    }

    /** Why a workload's data is missing, or null when it is there. */
    static String missing(String workload) {
        switch (workload) {
            case "W1": return Files.isReadable(SKLEARN.resolve("iris.csv")) ? null
                    : "Iris not found at " + SKLEARN + "/iris.csv: install the Debian package python3-sklearn (or set SKLEARN_DATA)";
            case "W2": return Files.isReadable(SKLEARN.resolve("digits.csv.gz")) ? null
                    : "digits not found at " + SKLEARN + "/digits.csv.gz: install the Debian package python3-sklearn (or set SKLEARN_DATA)";
            case "W3": case "W5": return Files.isReadable(FASHION.resolve("train-images-idx3-ubyte.gz")) ? null
                    : "Fashion-MNIST not found in " + FASHION + ": install the Debian package dataset-fashion-mnist (or set FMNIST_DIR)";
            default: return null;
        }
    }

    static Split load(String workload) throws IOException {
        switch (workload) {
            case "W1": return iris();
            case "W2": return digits();
            case "W3": case "W5": return fashion();
            default: return xor();
        }
    }

    /** Iris, standardised with the training rows' mean and (population) deviation, as the peers do. */
    static Split iris() throws IOException {
        List<double[]> rows = csv(Files.newInputStream(SKLEARN.resolve("iris.csv")), true);
        Split s = stratified(rows, 4, 3, 0.2, 0);
        standardise(s);
        return s;
    }

    /** The 8x8 digits, pixels divided by 16. */
    static Split digits() throws IOException {
        List<double[]> rows = csv(new GZIPInputStream(Files.newInputStream(SKLEARN.resolve("digits.csv.gz"))), false);
        for (double[] r : rows) for (int j = 0; j < 64; j++) r[j] /= 16.0;
        return stratified(rows, 64, 10, 0.2, 0);
    }

    static Split xor() {
        float[] x = {0, 0, 0, 1, 1, 0, 1, 1};
        int[] y = {0, 1, 1, 0};
        return new Split(x, y, x, y, 2, 2);
    }

    /** Fashion-MNIST's own 60,000 / 10,000 split, pixels / 255. */
    static Split fashion() throws IOException {
        float[] xTrain = images(FASHION.resolve("train-images-idx3-ubyte.gz"));
        int[] yTrain = labels(FASHION.resolve("train-labels-idx1-ubyte.gz"));
        float[] xTest = images(FASHION.resolve("t10k-images-idx3-ubyte.gz"));
        int[] yTest = labels(FASHION.resolve("t10k-labels-idx1-ubyte.gz"));
        return new Split(xTrain, yTrain, xTest, yTest, 784, 10);
    }

    private static List<double[]> csv(InputStream in, boolean header) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (header) r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) continue;
                String[] cells = line.split(",");
                double[] v = new double[cells.length];
                for (int i = 0; i < cells.length; i++) v[i] = Double.parseDouble(cells[i].trim());
                rows.add(v);
            }
        }
        return rows;
    }

    /** Per class, a seeded shuffle, then the first round(count * testFraction) rows to test. */
    private static Split stratified(List<double[]> rows, int features, int classes, double testFraction, long seed) {
        Rng rng = Rng.forPurpose(seed, "split");
        List<double[]> train = new ArrayList<>(), test = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            List<double[]> ofClass = new ArrayList<>();
            for (double[] r : rows) if ((int) r[features] == c) ofClass.add(r);
            int[] order = new int[ofClass.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            rng.shuffle(order);
            int tests = (int) Math.round(order.length * testFraction);
            for (int i = 0; i < order.length; i++) (i < tests ? test : train).add(ofClass.get(order[i]));
        }
        int[] trainOrder = new int[train.size()];
        for (int i = 0; i < trainOrder.length; i++) trainOrder[i] = i;
        rng.shuffle(trainOrder); // not grouped by class
        List<double[]> shuffled = new ArrayList<>();
        for (int i : trainOrder) shuffled.add(train.get(i));
        return new Split(features(shuffled, features), labels(shuffled, features), features(test, features),
                labels(test, features), features, classes);
    }

    private static float[] features(List<double[]> rows, int features) {
        float[] x = new float[rows.size() * features];
        for (int r = 0; r < rows.size(); r++) for (int j = 0; j < features; j++) x[r * features + j] = (float) rows.get(r)[j];
        return x;
    }

    private static int[] labels(List<double[]> rows, int features) {
        int[] y = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) y[r] = (int) rows.get(r)[features];
        return y;
    }

    private static void standardise(Split s) {
        int f = s.features(), n = s.trainRows();
        for (int j = 0; j < f; j++) {
            double sum = 0, squares = 0;
            for (int r = 0; r < n; r++) sum += s.xTrain()[r * f + j];
            double mean = sum / n;
            for (int r = 0; r < n; r++) squares += Math.pow(s.xTrain()[r * f + j] - mean, 2);
            double sd = Math.sqrt(squares / n);
            for (float[] x : new float[][] {s.xTrain(), s.xTest()}) {
                for (int r = 0; r < x.length / f; r++) x[r * f + j] = (float) ((x[r * f + j] - mean) / sd);
            }
        }
    }

    private static DataInputStream idx(Path file, int magic) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16));
        int m = in.readInt();
        if (m != magic) throw new IOException(file + ": not an IDX file of the expected kind (magic " + m + ")");
        return in;
    }

    private static float[] images(Path file) throws IOException {
        try (DataInputStream in = idx(file, 0x00000803)) {
            int count = in.readInt(), rows = in.readInt(), cols = in.readInt();
            byte[] pixels = in.readNBytes(count * rows * cols);
            float[] x = new float[pixels.length];
            for (int i = 0; i < x.length; i++) x[i] = (pixels[i] & 0xff) / 255f;
            return x;
        }
    }

    private static int[] labels(Path file) throws IOException {
        try (DataInputStream in = idx(file, 0x00000801)) {
            int count = in.readInt();
            byte[] raw = in.readNBytes(count);
            int[] y = new int[count];
            for (int i = 0; i < count; i++) y[i] = raw[i] & 0xff;
            return y;
        }
    }
}
