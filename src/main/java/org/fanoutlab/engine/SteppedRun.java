package org.fanoutlab.engine;

import java.util.concurrent.CancellationException;

/**
 * What the fan-out engine and the delivery lanes share: a run of a fixed simulated length, advanced only when its
 * owner asks, one instant at a time in time order, which another thread may cancel. Not thread-safe: one thread
 * at a time drives it; only {@link #cancel()} may be called from another thread.
 */
public abstract sealed class SteppedRun permits Simulation, LanesSimulation {
    final double duration;
    /** Simulated seconds reached; the subclass moves it as it processes each instant. */
    double now;
    private final String name;
    /** Loop turns between two looks at the cancel flag. */
    private final int cancelCheckEvery;
    private long elapsedNanos;
    private volatile boolean cancelled;

    /** @param name what a cancelled run is called in the exception's message */
    SteppedRun(double duration, String name, int cancelCheckEvery) {
        this.duration = duration;
        this.name = name;
        this.cancelCheckEvery = cancelCheckEvery;
    }

    /** A copy at {@code o}'s moment; the cancel flag is not copied. */
    SteppedRun(SteppedRun o) {
        this(o.duration, o.name, o.cancelCheckEvery);
        now = o.now;
        elapsedNanos = o.elapsedNanos;
    }

    /** Simulated seconds reached so far. */
    public final double now() {
        return now;
    }

    public final double durationSeconds() {
        return duration;
    }

    public final boolean isFinished() {
        return now >= duration;
    }

    /**
     * Asks a running {@link #advanceTo} to stop, from any thread (a Lab's cancel button): it and every later one
     * throw {@link CancellationException}; the figures stay those of the last instant fully processed.
     */
    public final void cancel() {
        cancelled = true;
    }

    public final boolean isCancelled() {
        return cancelled;
    }

    /** Wall time spent in the engine so far, in seconds. */
    public final double elapsedSeconds() {
        return elapsedNanos / 1e9;
    }

    /** Counts the wall time since {@code t0} (a {@link System#nanoTime()}) as spent in the engine. */
    final void countElapsedSince(long t0) {
        elapsedNanos += System.nanoTime() - t0;
    }

    /**
     * Processes everything that happens before {@code simSeconds} (clamped to the run's duration).
     *
     * @throws CancellationException when {@link #cancel()} was called
     */
    public final void advanceTo(double simSeconds) {
        double target = Math.min(simSeconds, duration);
        throwIfCancelled();
        if (!(target > now)) {
            return;
        }
        long t0 = System.nanoTime();
        int turns = 0;
        try {
            do {
                if (++turns == cancelCheckEvery) {
                    turns = 0;
                    throwIfCancelled();
                }
            } while (stepBefore(target));
            finishAt(target);
            now = target;
        } finally {
            countElapsedSince(t0);
        }
    }

    private void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException(name + " cancelled at " + now + " s");
        }
    }

    /** Processes the next instant at which something happens, if it is before {@code target}; false when none is. */
    abstract boolean stepBefore(double target);

    /** Brings what is counted rather than stepped through up to {@code target}, just before {@link #now} gets there. */
    void finishAt(double target) {
    }
}
