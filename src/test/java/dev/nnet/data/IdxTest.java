package dev.nnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MNIST's IDX files: pixels scaled to [0, 1], labels as classes, and every malformed file named. */
class IdxTest {
    @TempDir
    Path dir;

    private static byte[] images(int count, int rows, int columns, int... pixels) {
        ByteBuffer b = ByteBuffer.allocate(16 + pixels.length);
        b.putInt(0x803).putInt(count).putInt(rows).putInt(columns);
        for (int p : pixels) b.put((byte) p);
        return b.array();
    }

    private static byte[] labels(int... values) {
        ByteBuffer b = ByteBuffer.allocate(8 + values.length);
        b.putInt(0x801).putInt(values.length);
        for (int v : values) b.put((byte) v);
        return b.array();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    private DatasetSpec spec(byte[] images, byte[] labels, List<String> classes) throws IOException {
        Path i = Files.write(dir.resolve("images"), images);
        Path l = Files.write(dir.resolve("labels"), labels);
        return new DatasetSpec(new Source.IdxFiles(i, l), null, null, classes, Normalization.NONE, null, 0);
    }

    private DataError error(byte[] images, byte[] labels) throws IOException {
        DatasetSpec spec = spec(images, labels, null);
        DataError fromPeek = assertThrows(DataError.class, () -> Datasets.peek(spec));
        DataError fromLoad = assertThrows(DataError.class, () -> Datasets.load(spec));
        assertEquals(fromPeek.getMessage(), fromLoad.getMessage());
        return fromLoad;
    }

    @Test
    void pixelsAreScaledToTheUnitIntervalRowByRow() throws IOException {
        Examples e = Datasets.load(spec(images(2, 1, 2, 0, 255, 51, 102), labels(7, 3), null)).all();
        assertArrayEquals(new float[] {0f, 1f, 0.2f, 0.4f}, e.x());
        assertEquals(List.of("pixel1", "pixel2"), e.featureNames());
        assertEquals(List.of("3", "7"), e.classNames());
        assertArrayEquals(new int[] {1, 0}, e.labels());
    }

    @Test
    void gzipFilesReadTheSameAsPlainOnes() throws IOException {
        byte[] i = images(3, 2, 2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        byte[] l = labels(0, 1, 0);
        Examples plain = Datasets.load(spec(i, l, null)).all();
        Examples zipped = Datasets.load(spec(gzip(i), gzip(l), null)).all();
        assertArrayEquals(plain.x(), zipped.x());
        assertArrayEquals(plain.labels(), zipped.labels());
    }

    @Test
    void classesKeepOnlyTheirImages() throws IOException {
        LoadedDataset d = Datasets.load(spec(images(3, 1, 1, 10, 20, 30), labels(0, 1, 2), List.of("2", "0")));
        assertEquals(List.of("2", "0"), d.schema().classNames());
        assertArrayEquals(new float[] {10 / 255f, 30 / 255f}, d.all().x());
        assertArrayEquals(new int[] {1, 0}, d.all().labels());
    }

    @Test
    void theCheckerSeesTheFlatWidthAndCounts() throws IOException {
        DataSchema s = Datasets.peek(spec(images(2, 2, 3, new int[12]), labels(1, 1), null));
        assertEquals(6, s.width());
        assertEquals(2, s.rowCount());
        assertEquals(List.of(2), s.classCounts());
    }

    @Test
    void swappedFilesAreNamedAsSuch() throws IOException {
        DataError e = error(labels(1, 2), images(2, 1, 1, 0, 0));
        assertEquals(DataErrorKind.IDX_MALFORMED, e.kind());
        assertEquals(dir.resolve("images"), e.file());
        assertTrue(e.help().contains("swapped"), e.help());
    }

    @Test
    void aWrongMagicNumberIsReported() throws IOException {
        byte[] bad = images(1, 1, 1, 0);
        bad[2] = 9;
        DataError e = error(bad, labels(0));
        assertEquals("`images` is not an image file (idx3): it starts with 0x00000903, not 0x00000803", e.getMessage());
    }

    @Test
    void aTruncatedImageFileIsReported() throws IOException {
        byte[] full = images(2, 2, 2, 1, 2, 3, 4, 5, 6, 7, 8);
        DataError e = error(Arrays.copyOf(full, full.length - 3), labels(0, 1));
        assertEquals("`images` declares 2 images of 2x2 pixels (24 bytes) but has 21 bytes", e.getMessage());
        assertTrue(e.help().contains("truncated"), e.help());
    }

    @Test
    void bytesPastTheDataAreReported() throws IOException {
        byte[] l = Arrays.copyOf(labels(0, 1), 11);
        DataError e = error(images(2, 1, 1, 0, 0), l);
        assertEquals(dir.resolve("labels"), e.file());
        assertEquals("`labels` declares 2 labels (10 bytes) but has 11 bytes", e.getMessage());
    }

    @Test
    void differentCountsAreReported() throws IOException {
        DataError e = error(images(2, 1, 1, 0, 0), labels(0, 1, 1));
        assertEquals("the image file has 2 images but the label file has 3 labels", e.getMessage());
    }

    @Test
    void aFileTooShortForAHeaderIsReported() throws IOException {
        DataError e = error(new byte[] {0, 0}, labels(0));
        assertEquals("`images` is too short to be an IDX file (2 bytes)", e.getMessage());
    }

    @Test
    void aDamagedGzipStreamIsReported() throws IOException {
        byte[] z = gzip(images(1, 1, 1, 5));
        DataError e = error(Arrays.copyOf(z, z.length - 6), labels(0));
        assertTrue(e.getMessage().startsWith("`images` starts like a gzip file but cannot be decompressed"),
                e.getMessage());
    }

    @Test
    void aClassThatNoLabelHasIsReported() throws IOException {
        DatasetSpec spec = spec(images(1, 1, 1, 5), labels(0), List.of("0", "9"));
        DataError e = assertThrows(DataError.class, () -> Datasets.peek(spec));
        assertEquals(DataErrorKind.CLASS_NOT_IN_DATA, e.kind());
        assertEquals("9", e.value());
    }

    @Test
    void fashionMnistFromDebianHasTenBalancedClassesOf784Pixels() {
        Path folder = Path.of("/usr/share/datasets/fashion-mnist");
        Assumptions.assumeTrue(Files.exists(folder.resolve("t10k-images-idx3-ubyte.gz")),
                "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist): not read");
        DataSchema s = Datasets.peek(new DatasetSpec(new Source.IdxFiles(folder.resolve("t10k-images-idx3-ubyte.gz"),
                folder.resolve("t10k-labels-idx1-ubyte.gz")), null, null, null, Normalization.NONE, null, 0));
        assertEquals(784, s.width());
        assertEquals(10_000, s.rowCount());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), s.classNames());
        assertEquals(java.util.Collections.nCopies(10, 1000), s.classCounts());
    }

    @Test
    void aMissingFileIsReported() {
        DatasetSpec spec = new DatasetSpec(new Source.IdxFiles(dir.resolve("nope"), dir.resolve("nope2")), null, null,
                null, Normalization.NONE, null, 0);
        assertEquals(DataErrorKind.FILE_NOT_FOUND, assertThrows(DataError.class, () -> Datasets.peek(spec)).kind());
    }
}
