package dev.nnet.engine;

/**
 * Run in a JVM of its own by {@link FallbackTest}: prints which float product kernel was selected
 * and the bits of a product that reaches the blocked kernel's paths (wide and narrow).
 */
public final class FallbackProbe {
    private FallbackProbe() {
    }

    public static void main(String[] args) {
        System.out.println(FloatGemm.describe());
        System.out.println(FallbackTest.checksum());
    }
}
