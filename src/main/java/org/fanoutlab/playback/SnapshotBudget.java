package org.fanoutlab.playback;

/**
 * How much memory a playback's engine snapshots may hold, and how much engine work may separate two of them.
 * A seek costs one copy plus the replay from the snapshot before it, so the spacing bounds a seek's time; the
 * budget bounds the count: when it is full, every other snapshot goes and the spacing doubles.
 *
 * @param maxBytes     snapshots held at most, in bytes (estimated by the engine)
 * @param spacingNanos engine work between two snapshots, in nanoseconds of the engine thread
 */
public record SnapshotBudget(long maxBytes, long spacingNanos) {
    /** About 40 ms of engine work between snapshots: a seek replays at most that much. */
    public static final long DEFAULT_SPACING_NANOS = 40_000_000L;

    public SnapshotBudget {
        if (maxBytes < 0 || spacingNanos <= 0) {
            throw new IllegalArgumentException("budget " + maxBytes + " bytes, spacing " + spacingNanos + " ns");
        }
    }

    /** A quarter of the heap, at most 768 MB: room for the rest of the app, and for a second stage. */
    public static SnapshotBudget defaults() {
        long heap = Runtime.getRuntime().maxMemory();
        return new SnapshotBudget(Math.min(768L << 20, heap / 4), DEFAULT_SPACING_NANOS);
    }
}
