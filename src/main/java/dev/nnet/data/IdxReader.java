package dev.nnet.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Reads MNIST's IDX files (as Fashion-MNIST ships them): an image file with magic number 0x00000803
 * (unsigned bytes, 3 dimensions: count, rows, columns) and a label file with 0x00000801 (unsigned
 * bytes, 1 dimension: count), each plain or gzip-compressed. Pixels become features scaled to
 * [0, 1] (value / 255), row by row; labels become classes named by their values ("0".."9").
 */
final class IdxReader {
    private static final int IMAGES = 0x00000803;
    private static final int LABELS = 0x00000801;

    private IdxReader() {}

    /** The images as a flat table: {@code rows x columns} features per example. */
    static BoundTable read(Source.IdxFiles source, DatasetSpec spec, boolean withPixels) {
        byte[] images = content(source.images());
        byte[] labels = content(source.labels());
        int[] imageDims = header(images, source.images(), IMAGES, 3, "images", "an image file (idx3)");
        int[] labelDims = header(labels, source.labels(), LABELS, 1, "labels", "a label file (idx1)");
        int count = imageDims[0];
        if (labelDims[0] != count) {
            throw new DataError(DataErrorKind.IDX_MALFORMED, source.labels(), 0, 0, 0, null, null,
                    "the image file has " + count + " images but the label file has " + labelDims[0] + " labels",
                    "pair the files of one part of the data set, such as train-images with train-labels");
        }
        int width = imageDims[1] * imageDims[2];
        List<String> present = new ArrayList<>();
        for (Integer value : distinctLabels(labels, count)) present.add(Integer.toString(value));
        List<String> classes = spec.classes() == null ? present : spec.classes();
        for (String name : classes) {
            if (!present.contains(name)) {
                throw new DataError(DataErrorKind.CLASS_NOT_IN_DATA, source.labels(), 0, 0, 0, "label", name,
                        "the class `" + name + "` never occurs in the label file",
                        Suggest.didYouMean(name, present) + "the labels are " + Suggest.list(present));
            }
        }
        int[] classOfValue = new int[256];
        Arrays.fill(classOfValue, -1);
        for (int c = 0; c < classes.size(); c++) classOfValue[Integer.parseInt(classes.get(c))] = c;
        int kept = 0;
        int[] counts = new int[classes.size()];
        int[] keptLabels = new int[count];
        float[] x = withPixels ? new float[Math.multiplyExact(count, width)] : new float[0];
        for (int i = 0; i < count; i++) {
            int c = classOfValue[labels[8 + i] & 0xFF];
            if (c < 0) continue; // a class the script leaves out
            if (withPixels) {
                int from = 16 + i * width;
                for (int j = 0; j < width; j++) x[kept * width + j] = (images[from + j] & 0xFF) / 255f;
            }
            counts[c]++;
            keptLabels[kept++] = c;
        }
        List<String> featureNames = new ArrayList<>(width);
        for (int j = 1; j <= width; j++) featureNames.add("pixel" + j);
        List<Integer> classCounts = new ArrayList<>();
        for (int n : counts) classCounts.add(n);
        DataSchema schema = new DataSchema(featureNames, "label", TargetKind.CLASSES, classes, kept, classCounts,
                source.images());
        // 60,000 images are 188 MB of floats: copied only when classes were left out
        float[] pixels = !withPixels ? new float[0] : kept == count ? x : Arrays.copyOf(x, kept * width);
        return new BoundTable(schema, pixels,
                Arrays.copyOf(keptLabels, kept), null);
    }

    private static TreeSet<Integer> distinctLabels(byte[] labels, int count) {
        TreeSet<Integer> values = new TreeSet<>();
        for (int i = 0; i < count; i++) values.add(labels[8 + i] & 0xFF);
        return values;
    }

    /** The file's bytes, decompressed when they start with gzip's magic number. */
    private static byte[] content(Path file) {
        byte[] bytes = SourceReader.readFile(file);
        if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1f || (bytes[1] & 0xFF) != 0x8b) return bytes;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DataError(DataErrorKind.IDX_MALFORMED, file, 0, 0, 0, null, null,
                    "`" + file.getFileName() + "` starts like a gzip file but cannot be decompressed: "
                            + (e.getMessage() == null ? "it is cut short" : e.getMessage()),
                    "the file is damaged or truncated; fetch it again");
        }
    }

    /** The dimensions after the magic number, checked against the kind of file and its size. */
    private static int[] header(byte[] bytes, Path file, int magic, int dims, String option, String kind) {
        String name = "`" + file.getFileName() + "`";
        int headerSize = 4 + 4 * dims;
        if (bytes.length < 4) {
            throw new DataError(DataErrorKind.IDX_MALFORMED, file, 0, 0, 0, null, null,
                    name + " is too short to be an IDX file (" + bytes.length + " bytes)",
                    "`" + option + ":` takes " + kind);
        }
        int found = readInt(bytes, 0);
        if (found != magic) {
            String help = found == (magic == IMAGES ? LABELS : IMAGES)
                    ? "this is the other kind of IDX file: are `images:` and `labels:` swapped?"
                    : "`" + option + ":` takes " + kind + " of unsigned bytes, which starts with " + hex(magic);
            throw new DataError(DataErrorKind.IDX_MALFORMED, file, 0, 0, 0, null, null,
                    name + " is not " + kind + ": it starts with " + hex(found) + ", not " + hex(magic), help);
        }
        if (bytes.length < headerSize) {
            throw new DataError(DataErrorKind.IDX_MALFORMED, file, 0, 0, 0, null, null,
                    name + " ends inside its header (" + bytes.length + " bytes, the header needs " + headerSize + ")",
                    "the file is truncated; fetch it again");
        }
        int[] sizes = new int[dims];
        for (int d = 0; d < dims; d++) {
            sizes[d] = readInt(bytes, 4 + 4 * d);
            if (sizes[d] < 1) {
                throw new DataError(DataErrorKind.IDX_MALFORMED, file, 0, 0, 0, null, null,
                        name + " declares a dimension of " + sizes[d], "the file is damaged; fetch it again");
            }
        }
        long body = 1;
        for (int size : sizes) body *= size;
        long expected = headerSize + body;
        if (bytes.length != expected) {
            String what = dims == 3 ? sizes[0] + " images of " + sizes[1] + "x" + sizes[2] + " pixels"
                    : sizes[0] + " labels";
            throw new DataError(DataErrorKind.IDX_MALFORMED, file, 0, 0, 0, null, null,
                    name + " declares " + what + " (" + expected + " bytes) but has " + bytes.length + " bytes",
                    bytes.length < expected ? "the file is truncated; fetch it again"
                            : "the file has bytes past its data; it is damaged or not an IDX file");
        }
        if (body > Integer.MAX_VALUE - 16) {
            throw new DataError(DataErrorKind.IDX_MALFORMED, file, 0, 0, 0, null, null,
                    name + " is too large to load (" + body + " values)", null);
        }
        return sizes;
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static String hex(int value) {
        return String.format("0x%08X", value);
    }
}
