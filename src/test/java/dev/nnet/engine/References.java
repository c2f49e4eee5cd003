package dev.nnet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The reference values PyTorch computed, read from reference/references.txt (written by the
 * committed make_references.py beside it): one tensor per line, "name dims : values".
 */
final class References {
    private static final String FILE = "reference/references.txt";
    private static Map<String, Tensor> all;

    private References() {
    }

    /** The named tensor, as float64 (the file keeps every value exactly). */
    static synchronized Tensor get(String name) {
        if (all == null) all = load();
        Tensor t = all.get(name);
        assertNotNull(t, "no reference named " + name + " in " + FILE + ": regenerate it with make_references.py");
        return t.copy();
    }

    static Tensor get(String name, Precision precision) {
        return get(name).to(precision);
    }

    static double[] values(String name) {
        return get(name).doubles();
    }

    private static Map<String, Tensor> load() {
        Map<String, Tensor> map = new HashMap<>();
        try (InputStream in = References.class.getResourceAsStream(FILE)) {
            assertNotNull(in, FILE + " is missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int colon = line.indexOf(" :");
                String[] head = line.substring(0, colon).trim().split(" ");
                String body = line.substring(colon + 2).trim();
                String[] cells = body.isEmpty() ? new String[0] : body.split(" ");
                int[] shape = new int[head.length - 1];
                for (int i = 1; i < head.length; i++) shape[i - 1] = Integer.parseInt(head[i]);
                double[] v = new double[cells.length];
                for (int i = 0; i < cells.length; i++) v[i] = parse(cells[i]);
                map.put(head[0], Tensor.wrap(v, shape));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    private static double parse(String s) {
        switch (s) {
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            case "nan": return Double.NaN;
            default: return Double.parseDouble(s);
        }
    }

    /**
     * Asserts |actual - expected| <= tolerance * max(|expected|, floor) elementwise: relative
     * error, measured against at least {@code floor} so that values near zero are not held to an
     * impossible standard (floor 0 makes it purely relative).
     */
    static void assertClose(Tensor expected, Tensor actual, double tolerance, double floor, String what) {
        assertEquals(expected.size(), actual.size(), what + ": sizes differ");
        for (int i = 0; i < expected.size(); i++) {
            double e = expected.get(i), a = actual.get(i);
            double scale = Math.max(Math.abs(e), floor);
            if (!(Math.abs(a - e) <= tolerance * scale)) {
                fail(what + " element " + i + ": expected " + e + " (PyTorch), got " + a + ", relative error "
                        + Math.abs(a - e) / Math.abs(e));
            }
        }
    }
}
