package dev.nnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundTableCacheTest {
    @TempDir
    Path dir;

    private DatasetSpec spec(Path file) {
        return new DatasetSpec(new Source.CsvFile(file), "y", null, null, Normalization.NONE, null, 0L);
    }

    @Test
    void theSameBytesAreReadOnceAndEveryCallerGetsItsOwnArrays() {
        BoundTableCache cache = new BoundTableCache();
        AtomicInteger reads = new AtomicInteger();
        byte[] bytes = "a,y\n1,2\n3,4\n".getBytes();
        BoundTable table = new BoundTable(null, new float[] {1, 3}, null, new float[] {2, 4});
        DatasetSpec spec = spec(dir.resolve("t.csv"));
        BoundTable first = cache.bound(spec, bytes, () -> {
            reads.incrementAndGet();
            return table;
        });
        first.x()[0] = 99; // loading rescales in place: that must not reach the next caller
        BoundTable second = cache.bound(spec, bytes.clone(), () -> {
            reads.incrementAndGet();
            return table;
        });
        assertEquals(1, reads.get());
        assertNotSame(first.x(), second.x());
        assertArrayEquals(new float[] {1, 3}, second.x());
    }

    @Test
    void otherBytesForTheSameSpecAreReadAgain() {
        BoundTableCache cache = new BoundTableCache();
        AtomicInteger reads = new AtomicInteger();
        DatasetSpec spec = spec(dir.resolve("t.csv"));
        BoundTable table = new BoundTable(null, new float[] {1}, null, new float[] {2});
        cache.bound(spec, "a,y\n1,2\n".getBytes(), () -> { reads.incrementAndGet(); return table; });
        cache.bound(spec, "a,y\n1,3\n".getBytes(), () -> { reads.incrementAndGet(); return table; });
        assertEquals(2, reads.get());
    }

    /** A file edited between a check and a run, keeping its size and time stamp, is still read anew. */
    @Test
    void anEditedFileIsSeenWhateverItsSizeAndTimeStamp() throws IOException {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, "a,y\n1,10\n2,20\n");
        FileTime stamp = Files.getLastModifiedTime(file);
        DatasetSpec spec = spec(file);
        assertEquals(2, Datasets.peek(spec).rowCount());
        float[] before = Datasets.load(spec).all().x();
        Files.writeString(file, "a,y\n7,10\n8,20\n");
        Files.setLastModifiedTime(file, stamp);
        float[] after = Datasets.load(spec).all().x();
        assertArrayEquals(new float[] {1, 2}, before);
        assertArrayEquals(new float[] {7, 8}, after);
    }

    @Test
    void aMistakeIsReportedEveryTimeAndNothingIsKept() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "a,y\nz,1\n");
        DatasetSpec spec = spec(file);
        assertThrows(DataError.class, () -> Datasets.peek(spec));
        assertThrows(DataError.class, () -> Datasets.load(spec));
    }
}
