package org.fanoutlab.engine;

/** The ranges a scenario may take; the UI's sliders and the file validator share them. */
public final class Limits {
    public static final long MAX_PEOPLE = 100_000_000L;
    public static final double MAX_DURATION_SECONDS = 30 * 24 * 3600.0;
    /** Up to this many consumers every figure is exact; above it random-outcome figures come from a sample. */
    public static final long EXACT_CONSUMER_LIMIT = 1_000_000L;
    /** The smallest sample simulated when the audience is above {@link #EXACT_CONSUMER_LIMIT}. */
    public static final int MIN_SAMPLE = 100_000;

    private Limits() {
    }
}
