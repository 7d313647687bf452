package org.fanoutlab.ui.lab.live;

import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.lab.controls.ParameterChange;

/**
 * The running simulation as the lab's view-model sees it. Implementations own the {@code Simulation} on a thread
 * that is not the FX thread; every method here returns at once (or, for {@link #restart}, once the new run is
 * built). The clock and its speed belong to whoever drives the run (the stage's transport controls).
 */
public interface LiveRun extends AutoCloseable {
    /** Queues a live change; the latest value per parameter wins (see {@link PendingChanges}). */
    void change(ParameterChange change);

    /**
     * Builds a run of {@code scenario} without showing it. Building can take seconds (the engine lays out every
     * follower of a big audience), so the lab calls this off the FX thread; nothing visible changes until
     * {@link Prepared#start()}.
     */
    Prepared prepare(Scenario scenario);

    /** Throws the current run away and starts {@code scenario} from time 0 (pending changes are dropped). */
    default void restart(Scenario scenario) {
        prepare(scenario).start();
    }

    /** The latest published state, or null before the first run has started. */
    Snapshot latest();

    @Override
    void close();

    /** A run built by {@link #prepare}: either started (FX thread) or discarded, exactly once. */
    interface Prepared {
        /** Replaces the current run with this one, from time 0; pending changes of the old run are dropped. */
        void start();

        /** Frees the run unshown: a newer request overtook it, or the learner cancelled. */
        void discard();
    }
}
