package dev.nnet.modelfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsTest {
    @TempDir
    Path dir;

    private static final List<SafetensorsWriter.Tensor> TENSORS = List.of(
            new SafetensorsWriter.Tensor("0.weight", new long[] {2, 3},
                    new float[] {1.5f, -0f, Float.MIN_VALUE, Float.MAX_VALUE, -1e-30f, 3}),
            new SafetensorsWriter.Tensor("empty", new long[] {0, 4}, new float[0]),
            new SafetensorsWriter.Tensor("0.bias", new long[] {2}, new float[] {0.1f, Float.NaN}));

    @Test
    void whatIsWrittenReadsBackBitForBit() throws Exception {
        Path file = dir.resolve("m.safetensors");
        Map<String, String> meta = Map.of("format", "pt", "quote\"and\\slash", "line\nbreak \u00e9 \u20ac");
        SafetensorsWriter.write(file, meta, TENSORS);
        SafetensorsReader.Contents c = SafetensorsReader.read(file);
        assertEquals(meta, c.header().metadata());
        assertEquals(List.of("0.weight", "empty", "0.bias"), c.header().tensors().stream().map(TensorInfo::name).toList());
        for (SafetensorsWriter.Tensor t : TENSORS) {
            TensorInfo info = c.header().tensor(t.name()).orElseThrow();
            assertArrayEquals(t.shape(), info.shape());
            float[] back = c.floats(info);
            assertEquals(t.values().length, back.length);
            for (int i = 0; i < back.length; i++) {
                assertEquals(Float.floatToRawIntBits(t.values()[i]), Float.floatToRawIntBits(back[i]));
            }
        }
        assertEquals(0, (c.header().bufferStart()) % 8, "the data starts 8-byte aligned");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void aSaveThatFailsLeavesTheOldFileIntact() throws Exception {
        Path file = dir.resolve("m.safetensors");
        SafetensorsWriter.write(file, Map.of("v", "1"), TENSORS);
        byte[] old = Files.readAllBytes(file);
        byte[] bytes = SafetensorsWriter.bytes(Map.of("v", "2"), TENSORS);
        ModelFileException e = assertThrows(ModelFileException.class, () -> SafetensorsWriter.writeAtomically(file,
                bytes, temp -> {
                    throw new IOException("disk full");
                }));
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        assertArrayEquals(old, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "the temporary file is removed");
        }
    }

    @Test
    void aTargetThatIsAFolderOrInAMissingFolderIsRefused() {
        assertThrows(ModelFileException.class, () -> SafetensorsWriter.write(dir, Map.of(), TENSORS));
        assertThrows(ModelFileException.class, () -> SafetensorsWriter.write(dir.resolve("no/m.safetensors"), Map.of(),
                TENSORS));
    }

    @Test
    void theReaderAcceptsTheFormatsOptionalParts() throws Exception {
        // No metadata, trailing spaces after the JSON, zero tensors and an empty buffer are all valid.
        Path file = dir.resolve("empty.safetensors");
        byte[] header = "{}      ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Files.write(file, java.nio.ByteBuffer.allocate(8 + header.length).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putLong(header.length).put(header).array());
        Header h = SafetensorsReader.header(file);
        assertEquals(List.of(), h.tensors());
        assertEquals(Map.of(), h.metadata());
    }

    @Test
    void jsonIsStrict() {
        for (String bad : List.of("{\"a\":1,\"a\":2}", "[1,]", "01", "1.", ".5", "\"\\q\"", "tru", "{} {}", "\"a\nb\"",
                "-", "1e", "{\"a\" 1}", "NaN", "[1 2]")) {
            assertThrows(Json.JsonException.class, () -> Json.parse(bad), bad);
        }
    }

    @Test
    void jsonReadsWhatItWrites() throws Exception {
        Object value = Json.parse("{\"a\":[1,-2.5e3,true,false,null,\"x\\u00e9\\n\"],\"b\":{}}");
        assertEquals(value.toString(), Json.parse(Json.write(value)).toString());
        assertEquals(new java.math.BigDecimal("5.8433332"), Json.parse(Json.write(5.8433332f)));
    }
}
