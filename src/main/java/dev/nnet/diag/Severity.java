package dev.nnet.diag;

public enum Severity {
    ERROR("error"), WARNING("warning");

    public final String word;

    Severity(String word) {
        this.word = word;
    }
}
