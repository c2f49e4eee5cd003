package dev.nnet.modelfile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes safetensors files of F32 tensors, atomically: the bytes go to a temporary file in the same
 * folder, are forced to the disk, and the temporary file is then renamed over the target in one
 * step. A save that fails part-way leaves the old file as it was.
 */
public final class SafetensorsWriter {
    private SafetensorsWriter() {
    }

    /** A tensor to write: its name, its shape and its values in row-major order. */
    public record Tensor(String name, long[] shape, float[] values) {
        public Tensor {
            long n = 1;
            for (long d : shape) n *= d;
            if (n != values.length) throw new IllegalArgumentException(name + ": shape and values differ in size");
        }
    }

    /** The file's bytes: tensors in the order given, each right after the one before. */
    public static byte[] bytes(Map<String, String> metadata, List<Tensor> tensors) {
        Map<String, Object> header = new LinkedHashMap<>();
        if (!metadata.isEmpty()) header.put("__metadata__", new LinkedHashMap<String, Object>(metadata));
        long offset = 0;
        for (Tensor t : tensors) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("dtype", "F32");
            entry.put("shape", java.util.Arrays.stream(t.shape()).boxed().toList());
            long end = offset + 4L * t.values().length;
            entry.put("data_offsets", List.of(offset, end));
            if (header.put(t.name(), entry) != null) throw new IllegalArgumentException("tensor named twice: " + t.name());
            offset = end;
        }
        byte[] json = Json.write(header).getBytes(StandardCharsets.UTF_8);
        // The reference pads the header with spaces to a multiple of 8, so the data is aligned.
        int padded = (json.length + 7) / 8 * 8;
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(8 + padded + offset)).order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(padded).put(json);
        for (int i = json.length; i < padded; i++) out.put((byte) ' ');
        for (Tensor t : tensors) for (float v : t.values()) out.putFloat(v);
        return out.array();
    }

    public static void write(Path file, Map<String, String> metadata, List<Tensor> tensors) throws ModelFileException {
        writeAtomically(file, bytes(metadata, tensors));
    }

    /** As {@link #write(Path, Map, List)}, running {@code beforeMove} once the temporary file is complete. */
    public static void write(Path file, Map<String, String> metadata, List<Tensor> tensors, BeforeMove beforeMove)
            throws ModelFileException {
        writeAtomically(file, bytes(metadata, tensors), beforeMove);
    }

    static void writeAtomically(Path file, byte[] bytes) throws ModelFileException {
        writeAtomically(file, bytes, temp -> { });
    }

    /** What runs between writing the temporary file and renaming it: tests make a save fail there. */
    public interface BeforeMove {
        void run(Path temp) throws IOException;
    }

    static void writeAtomically(Path file, byte[] bytes, BeforeMove beforeMove) throws ModelFileException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) throw new ModelFileException("it is a folder");
        if (folder == null || !Files.isDirectory(folder)) throw new ModelFileException("the folder " + folder
                + " does not exist");
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) ch.write(buffer);
                ch.force(true);
            }
            beforeMove.run(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new ModelFileException("the file system cannot replace " + target.getFileName()
                        + " in one step, so it was left as it was");
            }
            temp = null;
        } catch (IOException e) {
            throw new ModelFileException("it could not be written: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is all that is left; the old model file is intact
                }
            }
        }
    }
}
