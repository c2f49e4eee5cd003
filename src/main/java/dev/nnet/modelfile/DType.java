package dev.nnet.modelfile;

import java.util.Arrays;
import java.util.Optional;

/** The element types that the safetensors format names, with their size in bytes. */
public enum DType {
    BOOL(1), U8(1), I8(1), F8_E5M2(1), F8_E4M3(1), I16(2), U16(2), F16(2), BF16(2), I32(4), U32(4), F32(4),
    F64(8), I64(8), U64(8);

    public final int bytes;

    DType(int bytes) {
        this.bytes = bytes;
    }

    public static Optional<DType> named(String name) {
        return Arrays.stream(values()).filter(d -> d.name().equals(name)).findFirst();
    }
}
