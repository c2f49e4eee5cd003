package dev.nnet.modelfile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated safetensors header: the tensors in the order the file lists them, the metadata, and
 * the size of the byte buffer that follows the header.
 */
public record Header(List<TensorInfo> tensors, Map<String, String> metadata, long bufferStart, long bufferSize) {
    public Header {
        tensors = List.copyOf(tensors);
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    }

    public Optional<TensorInfo> tensor(String name) {
        return tensors.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
