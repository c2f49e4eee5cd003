package dev.nnet.modelfile;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads safetensors files: an 8-byte little-endian header length N, N bytes of JSON header, then the
 * tensors' bytes. Every rule of the format is checked, and the header's claims are checked against
 * the file's real size before anything is allocated from them. Nothing in a file is ever run: the
 * header is data read by {@link Json}, the buffer is numbers.
 */
public final class SafetensorsReader {
    /** The largest header read, as in the reference implementation. */
    public static final long MAX_HEADER = 100_000_000;
    /** The largest buffer read: one Java array. */
    public static final long MAX_BUFFER = Integer.MAX_VALUE - 8;

    private SafetensorsReader() {
    }

    /** A whole file: its header and its tensors' bytes. */
    public record Contents(Header header, ByteBuffer buffer) {
        /** The values of an F32 tensor. */
        public float[] floats(TensorInfo t) {
            if (t.dtype() != DType.F32) throw new IllegalArgumentException(t.name() + " is " + t.dtype() + ", not F32");
            float[] out = new float[(int) t.elements()];
            buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).position((int) t.begin()).slice()
                    .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
            return out;
        }
    }

    /** Reads and checks the header alone, against the size of the file. */
    public static Header header(Path file) throws ModelFileException {
        try (FileChannel ch = open(file)) {
            return header(ch);
        } catch (IOException e) {
            throw new ModelFileException("the file could not be read: " + e.getMessage(), e);
        }
    }

    /** Reads and checks the whole file. */
    public static Contents read(Path file) throws ModelFileException {
        try (FileChannel ch = open(file)) {
            Header header = header(ch);
            if (header.bufferSize() > MAX_BUFFER) {
                throw new ModelFileException("the tensors take " + header.bufferSize() + " bytes, more than the "
                        + MAX_BUFFER + " that NNet reads");
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) header.bufferSize());
            readFully(ch, buffer, header.bufferStart());
            return new Contents(header, buffer.flip());
        } catch (IOException e) {
            throw new ModelFileException("the file could not be read: " + e.getMessage(), e);
        }
    }

    private static FileChannel open(Path file) throws ModelFileException, IOException {
        try {
            if (java.nio.file.Files.isDirectory(file)) throw new ModelFileException("it is a folder, not a file");
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new ModelFileException("there is no such file");
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer into, long position) throws IOException, ModelFileException {
        long at = position;
        while (into.hasRemaining()) {
            int n = ch.read(into, at);
            if (n < 0) throw new ModelFileException("the file ended while it was being read (did it change?)");
            at += n;
        }
    }

    private static Header header(FileChannel ch) throws IOException, ModelFileException {
        long size = ch.size();
        if (size < 8) {
            throw new ModelFileException("the file is " + size + " bytes long, too short for the 8-byte header length "
                    + "that starts a safetensors file");
        }
        ByteBuffer lengthBytes = ByteBuffer.allocate(8);
        readFully(ch, lengthBytes, 0);
        long n = lengthBytes.flip().order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (Long.compareUnsigned(n, MAX_HEADER) > 0) {
            throw new ModelFileException("the header length is " + Long.toUnsignedString(n) + " bytes, more than the "
                    + MAX_HEADER + " allowed");
        }
        if (n > size - 8) {
            throw new ModelFileException("the header length is " + n + " bytes, but only " + (size - 8)
                    + " bytes follow the first 8");
        }
        if (n < 2) throw new ModelFileException("the header length is " + n + " bytes, too short for a JSON object");
        ByteBuffer headerBytes = ByteBuffer.allocate((int) n);
        readFully(ch, headerBytes, 8);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(headerBytes.flip()).toString();
        } catch (CharacterCodingException e) {
            throw new ModelFileException("the header is not valid UTF-8 text");
        }
        if (text.charAt(0) != '{') {
            char c = text.charAt(0);
            throw new ModelFileException("the header starts with " + (c == '\uFEFF' ? "a byte-order mark"
                    : c <= ' ' ? "a space or control character" : "'" + c + "'") + " instead of '{'");
        }
        Object json;
        try {
            json = Json.parse(text);
        } catch (Json.JsonException e) {
            throw new ModelFileException("the header is not valid JSON: " + e.getMessage());
        }
        return validate((Map<?, ?>) json, 8 + n, size - 8 - n);
    }

    private static Header validate(Map<?, ?> json, long bufferStart, long bufferSize) throws ModelFileException {
        Map<String, String> metadata = new LinkedHashMap<>();
        List<TensorInfo> tensors = new ArrayList<>();
        for (Map.Entry<?, ?> e : json.entrySet()) {
            String name = (String) e.getKey();
            if (name.equals("__metadata__")) {
                metadata = metadata(e.getValue());
            } else {
                tensors.add(tensor(name, e.getValue()));
            }
        }
        checkLayout(tensors, bufferSize);
        return new Header(tensors, metadata, bufferStart, bufferSize);
    }

    private static Map<String, String> metadata(Object value) throws ModelFileException {
        if (!(value instanceof Map<?, ?> map)) {
            throw new ModelFileException("\"__metadata__\" is " + kind(value) + ", but it must be an object of strings");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof String s)) {
                throw new ModelFileException("the metadata \"" + e.getKey() + "\" is " + kind(e.getValue())
                        + ", but metadata values must be strings");
            }
            out.put((String) e.getKey(), s);
        }
        return out;
    }

    private static TensorInfo tensor(String name, Object value) throws ModelFileException {
        String what = "tensor \"" + name + "\"";
        if (name.isEmpty()) throw new ModelFileException("a tensor has an empty name");
        if (!(value instanceof Map<?, ?> fields)) {
            throw new ModelFileException(what + " is described by " + kind(value) + ", not by an object");
        }
        for (Object key : fields.keySet()) {
            if (!List.of("dtype", "shape", "data_offsets").contains(key)) {
                throw new ModelFileException(what + " has the unknown field \"" + key + "\"");
            }
        }
        for (String key : List.of("dtype", "shape", "data_offsets")) {
            if (!fields.containsKey(key)) throw new ModelFileException(what + " has no \"" + key + "\"");
        }
        if (!(fields.get("dtype") instanceof String dtypeName)) {
            throw new ModelFileException(what + " has a dtype that is " + kind(fields.get("dtype")) + ", not a string");
        }
        DType dtype = DType.named(dtypeName).orElseThrow(() -> new ModelFileException(what + " has the unknown dtype \""
                + dtypeName + "\""));
        long[] shape = naturals(fields.get("shape"), what + "'s shape");
        long[] offsets = naturals(fields.get("data_offsets"), what + "'s data_offsets");
        if (offsets.length != 2) {
            throw new ModelFileException(what + "'s data_offsets has " + offsets.length + " numbers, but it must have "
                    + "2: [begin, end]");
        }
        if (offsets[0] > offsets[1]) {
            throw new ModelFileException(what + "'s data_offsets [" + offsets[0] + ", " + offsets[1] + "] end before "
                    + "they begin");
        }
        BigInteger bytes = BigInteger.valueOf(dtype.bytes);
        for (long d : shape) bytes = bytes.multiply(BigInteger.valueOf(d));
        long span = offsets[1] - offsets[0];
        if (!bytes.equals(BigInteger.valueOf(span))) {
            throw new ModelFileException(what + " is " + dtype + " of shape " + java.util.Arrays.toString(shape) + ", "
                    + bytes + " bytes, but its data_offsets [" + offsets[0] + ", " + offsets[1] + "] span " + span
                    + " bytes");
        }
        return new TensorInfo(name, dtype, shape, offsets[0], offsets[1]);
    }

    private static long[] naturals(Object value, String what) throws ModelFileException {
        if (!(value instanceof List<?> list)) {
            throw new ModelFileException(what + " is " + kind(value) + ", but it must be a list of whole numbers");
        }
        long[] out = new long[list.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = list.get(i);
            if (v instanceof java.math.BigDecimal d) {
                throw new ModelFileException(what + " holds a number written with a point or an exponent ("
                        + d.toPlainString() + "), but it must hold whole numbers written as digits alone");
            }
            if (!(v instanceof BigInteger b)) {
                throw new ModelFileException(what + " holds " + kind(v) + " (" + Json.write(v) + "), but it must hold "
                        + "whole numbers");
            }
            if (b.signum() < 0) throw new ModelFileException(what + " holds the negative number " + b);
            if (b.bitLength() > 62) throw new ModelFileException(what + " holds the number " + b + ", too large");
            out[i] = b.longValue();
        }
        return out;
    }

    /** The tensors must tile the buffer exactly: from byte 0, one after the other, to its end. */
    private static void checkLayout(List<TensorInfo> tensors, long bufferSize) throws ModelFileException {
        List<TensorInfo> byBegin = new ArrayList<>(tensors);
        byBegin.sort(Comparator.comparingLong(TensorInfo::begin).thenComparingLong(TensorInfo::end));
        long at = 0;
        TensorInfo previous = null;
        for (TensorInfo t : byBegin) {
            if (t.end() > bufferSize) {
                throw new ModelFileException("tensor \"" + t.name() + "\" ends at byte " + t.end() + ", past the end "
                        + "of the data, which is " + bufferSize + " bytes");
            }
            if (t.begin() < at) {
                throw new ModelFileException("tensors \"" + previous.name() + "\" and \"" + t.name() + "\" overlap: "
                        + "bytes " + t.begin() + " to " + Math.min(at, t.end()) + " belong to both");
            }
            if (t.begin() > at) {
                throw new ModelFileException(previous == null
                        ? "the data does not start with a tensor: the first, \"" + t.name() + "\", begins at byte "
                                + t.begin() + " instead of 0"
                        : "there are " + (t.begin() - at) + " unused bytes between tensors \"" + previous.name()
                                + "\" and \"" + t.name() + "\"");
            }
            at = t.end();
            previous = t;
        }
        if (at != bufferSize) {
            throw new ModelFileException("the tensors end at byte " + at + ", but the data after the header is "
                    + bufferSize + " bytes: " + (bufferSize - at) + " bytes belong to no tensor");
        }
    }

    private static String kind(Object v) {
        if (v instanceof String) return "a string";
        if (v instanceof Number) return "a number";
        if (v instanceof Boolean) return "true or false";
        if (v instanceof List) return "a list";
        if (v instanceof Map) return "an object";
        return "null";
    }
}
