package org.fanoutlab.engine;

/**
 * The ranges a scenario may take; the UI's sliders, the file validator and {@link RunBudget} share them. README
 * ("Limits") says why each one is where it is.
 */
public final class Limits {
    public static final long MAX_PEOPLE = 100_000_000L;
    public static final double MAX_DURATION_SECONDS = 30 * 24 * 3600.0;
    /** Up to this many consumers every figure is exact; above it random-outcome figures come from a sample. */
    public static final long EXACT_CONSUMER_LIMIT = 1_000_000L;
    /** The smallest sample simulated when the audience is above {@link #EXACT_CONSUMER_LIMIT}. */
    public static final int MIN_SAMPLE = 100_000;
    /** One feed open a millisecond is the fastest poll a scenario may ask for. */
    public static final double MIN_POLL_INTERVAL_SECONDS = 0.001;
    public static final double MAX_POSTS_PER_HOUR = 3_600_000;
    public static final int MAX_CACHE_CAPACITY = 1_000_000;
    /**
     * Producers are accounts tracked one by one (their schedule, audience, queue position, and in the file every
     * field's line and column); 100,000 of them read and run in well under a second and within a 512 MB heap.
     */
    public static final int MAX_PRODUCERS = 100_000;
    /** Each lane keeps its own latency histogram (about 260 KB) and event stream; the lanes view shows a handful. */
    public static final int MAX_LANES = 16;

    private Limits() {
    }
}
