package org.fanoutlab.playback;

import java.util.Objects;

/**
 * A pause marker: when the playhead reaches {@code at} while playing, the playback stops exactly there and calls
 * {@code onReached} on the owner's thread (a lesson checkpoint shows its card; Play goes on from there).
 * Seeking past a marker does not fire it; playing across it again (after scrubbing back) does.
 *
 * @param at        simulated seconds
 * @param onReached called once per crossing, on the thread that calls {@link Playback#frame(long)}
 */
public record Marker(double at, Runnable onReached) {
    public Marker {
        if (!(at >= 0) || Double.isInfinite(at)) {
            throw new IllegalArgumentException("a marker needs a time of 0 or more, was " + at);
        }
        Objects.requireNonNull(onReached, "onReached");
    }
}
