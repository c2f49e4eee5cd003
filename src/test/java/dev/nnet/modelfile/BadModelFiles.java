package dev.nnet.modelfile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The adversarial corpus: safetensors files that break one rule each. The committed files under
 * src/test/resources/modelfile/bad/ are made by this class (BadModelFilesTest writes them with
 * -Dgolden.update=true and otherwise checks that they are what it makes).
 */
final class BadModelFiles {
    private BadModelFiles() {
    }

    /** A valid tensor entry "w": F32 of shape [2], 8 bytes at the start of the data. */
    private static final String W = "\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}";

    static Map<String, byte[]> all() {
        Map<String, byte[]> c = new LinkedHashMap<>();
        c.put("empty-file", new byte[0]);
        c.put("seven-bytes", new byte[7]);
        c.put("header-length-above-2-63", length(0x8000_0000_0000_0000L, new byte[16]));
        c.put("header-length-over-limit", length(100_000_001L, new byte[16]));
        c.put("header-length-past-end", length(100, "{}".getBytes(StandardCharsets.US_ASCII)));
        c.put("header-length-zero", length(0, new byte[0]));
        c.put("header-length-one", length(1, "{".getBytes(StandardCharsets.US_ASCII)));
        c.put("header-not-utf8", raw(new byte[] {'{', '"', (byte) 0xff, '"', ':', '1', '}'}, 0));
        c.put("header-is-a-list", file("[1]", 0));
        c.put("header-leading-space", file(" {}", 0));
        c.put("header-byte-order-mark", raw(concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                "{}".getBytes(StandardCharsets.US_ASCII)), 0));
        c.put("json-trailing-garbage", file("{" + W + "} x", 8));
        c.put("json-two-objects", file("{" + W + "}{}", 8));
        c.put("json-trailing-comma", file("{" + W + ",}", 8));
        c.put("json-duplicate-tensor", file("{" + W + "," + W + "}", 8));
        c.put("json-duplicate-metadata-key", file("{\"__metadata__\":{\"a\":\"1\",\"a\":\"2\"}," + W + "}", 8));
        c.put("json-comment", file("{/* hi */" + W + "}", 8));
        c.put("json-single-quotes", file("{'w':{}}", 0));
        c.put("json-unterminated-string", file("{\"w", 0));
        c.put("json-control-character", file("{\"w\u0001\":{}}", 0));
        c.put("json-bad-escape", file("{\"\\x41\":{}}", 0));
        c.put("json-bad-unicode-escape", file("{\"\\u12G4\":{}}", 0));
        c.put("json-missing-colon", file("{\"w\" {}}", 0));
        c.put("json-nan", file("{\"w\":{\"dtype\":\"F32\",\"shape\":[NaN],\"data_offsets\":[0,8]}}", 8));
        c.put("json-leading-zero", file("{\"w\":{\"dtype\":\"F32\",\"shape\":[02],\"data_offsets\":[0,8]}}", 8));
        c.put("json-too-deep", file("{\"__metadata__\":" + "[".repeat(70) + "]".repeat(70) + "}", 0));
        c.put("json-truncated", file("{" + W, 8));
        c.put("metadata-not-object", file("{\"__metadata__\":\"x\"," + W + "}", 8));
        c.put("metadata-number-value", file("{\"__metadata__\":{\"seed\":42}," + W + "}", 8));
        c.put("metadata-null-value", file("{\"__metadata__\":{\"seed\":null}," + W + "}", 8));
        c.put("metadata-object-value", file("{\"__metadata__\":{\"arch\":{\"input\":4}}," + W + "}", 8));
        c.put("tensor-not-object", file("{\"w\":[0,8]}", 8));
        c.put("tensor-empty-name", file("{\"\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", 8));
        c.put("tensor-unknown-field", file("{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8],"
                + "\"exec\":\"rm -rf /\"}}", 8));
        c.put("tensor-missing-dtype", file("{\"w\":{\"shape\":[2],\"data_offsets\":[0,8]}}", 8));
        c.put("tensor-missing-shape", file("{\"w\":{\"dtype\":\"F32\",\"data_offsets\":[0,8]}}", 8));
        c.put("tensor-missing-offsets", file("{\"w\":{\"dtype\":\"F32\",\"shape\":[2]}}", 8));
        c.put("dtype-not-string", file("{\"w\":{\"dtype\":4,\"shape\":[2],\"data_offsets\":[0,8]}}", 8));
        c.put("dtype-unknown", file("{\"w\":{\"dtype\":\"F128\",\"shape\":[2],\"data_offsets\":[0,8]}}", 8));
        c.put("dtype-lower-case", file("{\"w\":{\"dtype\":\"f32\",\"shape\":[2],\"data_offsets\":[0,8]}}", 8));
        c.put("shape-negative", file("{\"w\":{\"dtype\":\"F32\",\"shape\":[-2],\"data_offsets\":[0,8]}}", 8));
        c.put("shape-fraction", file("{\"w\":{\"dtype\":\"F32\",\"shape\":[2.0],\"data_offsets\":[0,8]}}", 8));
        c.put("shape-string", file("{\"w\":{\"dtype\":\"F32\",\"shape\":[\"2\"],\"data_offsets\":[0,8]}}", 8));
        c.put("shape-not-list", file("{\"w\":{\"dtype\":\"F32\",\"shape\":2,\"data_offsets\":[0,8]}}", 8));
        c.put("shape-huge-number", file("{\"w\":{\"dtype\":\"F32\",\"shape\":[18446744073709551616],"
                + "\"data_offsets\":[0,8]}}", 8));
        c.put("shape-product-overflows", file("{\"w\":{\"dtype\":\"F32\",\"shape\":[4294967296,4294967296],"
                + "\"data_offsets\":[0,8]}}", 8));
        c.put("offsets-three-numbers", file("{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8,16]}}", 8));
        c.put("offsets-reversed", file("{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,0]}}", 8));
        c.put("offsets-negative", file("{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[-8,0]}}", 8));
        c.put("offsets-fraction", file("{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8e0]}}", 8));
        c.put("size-mismatch", file("{\"w\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,20]}}", 20));
        c.put("offsets-not-from-zero", file("{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", 12));
        c.put("offsets-gap", file("{" + W + ",\"v\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[12,16]}}", 16));
        c.put("offsets-overlap", file("{" + W + ",\"v\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", 12));
        c.put("offsets-past-end", file("{\"w\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", 8));
        c.put("bytes-after-tensors", file("{" + W + "}", 12));
        c.put("data-without-tensors", file("{}", 4));
        return c;
    }

    /** A header and a data buffer of {@code dataBytes} bytes (a pattern, so values differ). */
    private static byte[] file(String header, int dataBytes) {
        return raw(header.getBytes(StandardCharsets.UTF_8), dataBytes);
    }

    private static byte[] raw(byte[] header, int dataBytes) {
        byte[] data = new byte[dataBytes];
        for (int i = 0; i < dataBytes; i++) data[i] = (byte) (i * 37 + 1);
        return length(header.length, concat(header, data));
    }

    private static byte[] length(long n, byte[] rest) {
        return ByteBuffer.allocate(8 + rest.length).order(ByteOrder.LITTLE_ENDIAN).putLong(n).put(rest).array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
