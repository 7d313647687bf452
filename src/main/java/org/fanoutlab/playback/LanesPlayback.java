package org.fanoutlab.playback;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.LanesSimulation;

/** The playback of a scenario's delivery lanes. */
public final class LanesPlayback
        extends Playback<LanesReplay, Consumer<LanesSimulation>, LaneEventBuffer, LanesFrame> {

    /** The lanes engine on a thread of its own, with the default snapshot budget. */
    public LanesPlayback(Scenario scenario) {
        this(() -> new LanesReplay(scenario), null, SnapshotBudget.defaults());
    }

    /** @param executor null for a thread of its own; {@code Runnable::run} makes every call synchronous (tests) */
    public LanesPlayback(Supplier<LanesReplay> start, Executor executor, SnapshotBudget budget) {
        super(start, LaneEventBuffer::new, executor, budget);
    }
}
