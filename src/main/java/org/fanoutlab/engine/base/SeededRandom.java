package org.fanoutlab.engine.base;

/**
 * The SplitMix64 generator of {@link java.util.SplittableRandom}, draw for draw (same seed, same numbers, same
 * {@code split()}), with two things the JDK class lacks: its state is two longs that can be copied, so a
 * simulation can be snapshot and resumed bit for bit, and a stream can be derived from a seed and a purpose
 * without drawing from any other stream.
 */
public final class SeededRandom {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long seed;
    private final long gamma;

    /** The stream {@code new SplittableRandom(seed)} would give. */
    public SeededRandom(long seed) {
        this(seed, GOLDEN_GAMMA);
    }

    private SeededRandom(long seed, long gamma) {
        this.seed = seed;
        this.gamma = gamma;
    }

    /**
     * A stream of its own for one purpose (and one index, such as a producer), from the scenario's seed alone:
     * drawing from one purpose's stream never changes another's.
     */
    public static SeededRandom forPurpose(long seed, long purpose, long index) {
        return new SeededRandom(mix64(mix64(seed ^ mix64(purpose * GOLDEN_GAMMA)) + index * GOLDEN_GAMMA));
    }

    /** An independent copy that draws the same numbers from here on. */
    public SeededRandom copy() {
        return new SeededRandom(seed, gamma);
    }

    public long nextLong() {
        return mix64(nextSeed());
    }

    public int nextInt() {
        return mix32(nextSeed());
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** Uniform in [0, bound), bound > 0; the JDK's rejection loop, so the draws match it. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int r = nextInt();
        int m = bound - 1;
        if ((bound & m) == 0) {
            return r & m;
        }
        for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = nextInt() >>> 1) {
            // rejected: draw again
        }
        return r;
    }

    /** Uniform in [0, bound), bound > 0. */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long r = nextLong();
        long m = bound - 1;
        if ((bound & m) == 0L) {
            return r & m;
        }
        for (long u = r >>> 1; u + m - (r = u % bound) < 0L; u = nextLong() >>> 1) {
            // rejected: draw again
        }
        return r;
    }

    /** A new generator split off this one, as {@link java.util.SplittableRandom#split()} does. */
    public SeededRandom split() {
        return new SeededRandom(nextLong(), mixGamma(nextSeed()));
    }

    /** An exponential gap with this mean (inverse transform of one uniform draw). */
    public double exponential(double mean) {
        return -Math.log(1.0 - nextDouble()) * mean;
    }

    private long nextSeed() {
        return seed += gamma;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    private static long mixGamma(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z = (z ^ (z >>> 33)) | 1L;
        int n = Long.bitCount(z ^ (z >>> 1));
        return (n < 24) ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
    }
}
