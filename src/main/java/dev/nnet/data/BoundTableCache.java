package dev.nnet.data;

import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last few tables read and checked, with the bytes they came from. Checking a script reads
 * every dataset's file to the last cell (its classes, its row count, every cell's mistakes), and
 * running it reads the file again; the language server checks on every keystroke. Parsing and
 * converting the cells is what costs (a 117,000-cell CSV: about half a second in a fresh JVM),
 * not reading the bytes, so a table is reused when the same spec meets the same bytes, compared
 * in full: an edited file, whatever its size and time stamp, is read again. Held softly: the
 * memory goes back when it is wanted. Callers get their own copy of the arrays (loading rescales
 * them in place).
 */
final class BoundTableCache {
    private static final int ENTRIES = 4;

    private record Entry(byte[] bytes, BoundTable table) {
    }

    private final Map<DatasetSpec, SoftReference<Entry>> entries = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<DatasetSpec, SoftReference<Entry>> eldest) {
            return size() > ENTRIES;
        }
    };

    /** The table of {@code spec} over {@code bytes}: the cached one if they match, else {@code read}'s, then kept. */
    BoundTable bound(DatasetSpec spec, byte[] bytes, Supplier<BoundTable> read) {
        Entry hit;
        synchronized (this) {
            SoftReference<Entry> ref = entries.get(spec);
            hit = ref == null ? null : ref.get();
        }
        if (hit == null || !Arrays.equals(hit.bytes(), bytes)) {
            hit = new Entry(bytes, read.get()); // a DataError escapes here, and nothing is kept
            synchronized (this) {
                entries.put(spec, new SoftReference<>(hit));
            }
        }
        return copy(hit.table());
    }

    private static BoundTable copy(BoundTable t) {
        return new BoundTable(t.schema(), t.x().clone(), t.labels() == null ? null : t.labels().clone(),
                t.y() == null ? null : t.y().clone());
    }
}
