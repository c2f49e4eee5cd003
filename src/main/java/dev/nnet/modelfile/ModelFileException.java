package dev.nnet.modelfile;

/** A model file that cannot be read or written; the message says why in plain words. */
public final class ModelFileException extends Exception {
    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
