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

    /** Throws the current run away and starts {@code scenario} from time 0 (pending changes are dropped). */
    void restart(Scenario scenario);

    /** The latest published state, or null before the first run has started. */
    Snapshot latest();

    @Override
    void close();
}
