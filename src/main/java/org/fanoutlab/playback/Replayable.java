package org.fanoutlab.playback;

/**
 * A run that a {@link Playback} can drive and take back: an engine behind a stage, advanced only when told.
 * Implementations are deterministic: the same start, the same changes at the same simulated moments and any
 * sequence of advances to the same time give the same figures and the same events.
 *
 * @param <R> the implementation itself (copies are of the same kind)
 * @param <C> a live change, applied at {@link #now()} and re-applied at that moment when the history is replayed
 * @param <S> where events go ({@link EventBuffer}, {@link LaneEventBuffer})
 * @param <F> the figures a frame shows, immutable once returned
 */
public interface Replayable<R extends Replayable<R, C, S, F>, C, S extends EventQueue<S>, F> {

    /** Simulated seconds reached. */
    double now();

    double durationSeconds();

    /** Processes everything before {@code simSeconds} (clamped to the run's length). */
    void advanceTo(double simSeconds);

    /** Advances just past the next instant at which something happens, or to the end. */
    void stepToNextEvent();

    /** Applies a live change from {@link #now()} on; throws IllegalArgumentException when the engine refuses it. */
    void apply(C change);

    /**
     * A deep copy that runs on exactly as this one would. Throws UnsupportedOperationException when the engine
     * cannot copy itself; the playback then replays from the start instead.
     */
    R copy();

    /**
     * A copy to keep for going back (a snapshot), which may share memory with {@code previous}, the kept copy just
     * before it (or null). By default a plain {@link #copy()}; an engine with large state shares what is unchanged.
     */
    default KeptRun<R> keep(KeptRun<R> previous) {
        @SuppressWarnings("unchecked") // R is the implementation itself (see the type parameter)
        R self = (R) this;
        return KeptRun.copyOf(self);
    }

    /** A new run from time 0 with the settings as they stand now (live changes become its starting point). */
    R fresh();

    /** About how many bytes a {@link #copy()} holds, for the snapshot budget. */
    long estimatedBytes();

    /**
     * Hands the events recorded since the last call to {@code sink} in time order, or drops them when it is null.
     * Either way they are counted in the figures (the stage's per-consumer counters come from them).
     */
    void drainEvents(S sink);

    /** The figures at {@link #now()}. */
    F figures();
}
