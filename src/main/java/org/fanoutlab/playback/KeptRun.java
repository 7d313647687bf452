package org.fanoutlab.playback;

/**
 * A run kept to go back to (a snapshot): never advanced itself, only restored into a new run. A kept run may share
 * memory with the kept run before it ({@link Replayable#keep}), so what it costs is counted next to that one.
 *
 * @param <R> the kind of run it restores
 */
public interface KeptRun<R> {

    /** A new run at the kept moment that runs on exactly as the run it was taken from would have. */
    R restore();

    /**
     * Like {@link #restore()}, free to reuse the memory of {@code dropped}: a run that nobody will use again (the
     * one a seek leaves).
     */
    default R restoreOver(R dropped) {
        return restore();
    }

    /** Bytes this holds that {@code previous} (the kept run before it, or null) does not hold too: about. */
    long bytesBeyond(KeptRun<R> previous);

    /** A plain copy kept as it is: restored by copying it again; shares nothing. */
    static <R extends Replayable<R, ?, ?, ?>> KeptRun<R> copyOf(R run) {
        R copy = run.copy();
        return new KeptRun<>() {
            @Override
            public R restore() {
                return copy.copy();
            }

            @Override
            public long bytesBeyond(KeptRun<R> previous) {
                return copy.estimatedBytes();
            }
        };
    }
}
