package dev.nnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated sources: shapes, classes, and rows drawn from the seed alone. */
class GeneratedTest {
    private static LoadedDataset load(Source.Generated g, long seed) {
        return Datasets.load(new DatasetSpec(g, null, null, null, Normalization.NONE, null, seed));
    }

    @Test
    void theSameSeedGivesTheSameBitsAndAnotherSeedOtherRows() {
        for (String name : Datasets.GENERATED) {
            Source.Generated g = new Source.Generated(name, 90, name.equals("regression") ? 0 : name.equals("moons") ? 2 : 3,
                    4, 0.2);
            Examples a = load(g, 5).all();
            Examples b = load(g, 5).all();
            assertArrayEquals(a.x(), b.x(), name);
            assertFalse(Arrays.equals(a.x(), load(g, 6).all().x()), name);
        }
    }

    @Test
    void spiralsHaveTwoFeaturesAndBalancedClasses() {
        DataSchema s = Datasets.peek(DatasetSpec.of(new Source.Generated("spirals", 100, 3, 2, 0.1)));
        assertEquals(List.of("x1", "x2"), s.featureNames());
        assertEquals(List.of("0", "1", "2"), s.classNames());
        assertEquals(List.of(34, 33, 33), s.classCounts());
    }

    @Test
    void spiralPointsLieWithinTheUnitDiscWithoutNoise() {
        float[] x = load(new Source.Generated("spirals", 60, 2, 2, 0), 1).all().x();
        for (int i = 0; i < x.length; i += 2) assertTrue(Math.hypot(x[i], x[i + 1]) <= 1.0001, "row " + i / 2);
    }

    @Test
    void moonsAreTwoClassesOfTwoFeatures() {
        DataSchema s = Datasets.peek(DatasetSpec.of(new Source.Generated("moons", 50, 2, 2, 0.1)));
        assertEquals(2, s.width());
        assertEquals(List.of(25, 25), s.classCounts());
    }

    @Test
    void blobsHaveTheFeaturesAskedFor() {
        DataSchema s = Datasets.peek(DatasetSpec.of(new Source.Generated("blobs", 40, 4, 7, 1)));
        assertEquals(7, s.width());
        assertEquals(List.of("0", "1", "2", "3"), s.classNames());
    }

    @Test
    void blobsWithATinySpreadStayNearTheirCentre() {
        Examples e = load(new Source.Generated("blobs", 40, 2, 3, 1e-3), 9).all();
        for (int i = 2; i < e.count(); i++) {
            // rows i and i - 2 are of the same class
            for (int j = 0; j < 3; j++) assertEquals(e.x()[(i - 2) * 3 + j], e.x()[i * 3 + j], 0.02);
        }
    }

    @Test
    void regressionHasARealTargetThatIsLinearWithoutNoise() {
        Examples e = load(new Source.Generated("regression", 200, 0, 3, 0), 4).all();
        assertFalse(e.isClassification());
        assertEquals(3, e.width());
        // y = w . x exactly (up to float rounding): solve for w from three rows, check a fourth
        double[][] a = new double[3][3];
        double[] y = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) a[i][j] = e.x()[i * 3 + j];
            y[i] = e.y()[i];
        }
        double[] w = solve(a, y);
        for (int i = 3; i < 20; i++) {
            double predicted = 0;
            for (int j = 0; j < 3; j++) predicted += w[j] * e.x()[i * 3 + j];
            assertEquals(e.y()[i], predicted, 1e-3, "row " + i);
        }
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int p = 0; p < n; p++) {
            int max = p;
            for (int i = p + 1; i < n; i++) if (Math.abs(a[i][p]) > Math.abs(a[max][p])) max = i;
            double[] t = a[p]; a[p] = a[max]; a[max] = t;
            double tb = b[p]; b[p] = b[max]; b[max] = tb;
            for (int i = p + 1; i < n; i++) {
                double f = a[i][p] / a[p][p];
                b[i] -= f * b[p];
                for (int j = p; j < n; j++) a[i][j] -= f * a[p][j];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int j = i + 1; j < n; j++) s -= a[i][j] * x[j];
            x[i] = s / a[i][i];
        }
        return x;
    }

    @Test
    void classesCanBeASubset() {
        DatasetSpec spec = new DatasetSpec(new Source.Generated("blobs", 30, 3, 2, 1), null, null, List.of("0", "2"),
                Normalization.NONE, null, 0);
        DataSchema s = Datasets.peek(spec);
        assertEquals(List.of("0", "2"), s.classNames());
        assertEquals(20, s.rowCount());
    }
}
