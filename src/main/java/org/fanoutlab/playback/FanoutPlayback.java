package org.fanoutlab.playback;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;

/** The playback of a fan-out run: what the stage in a lesson, the Lab and presenter mode drive. */
public final class FanoutPlayback extends Playback<FanoutReplay, Consumer<Simulation>, EventBuffer, FanoutFrame> {

    /** The engine on a thread of its own, with the default snapshot budget. */
    public FanoutPlayback(Scenario scenario) {
        this(() -> new FanoutReplay(scenario), null, SnapshotBudget.defaults());
    }

    /** @param executor null for a thread of its own; {@code Runnable::run} makes every call synchronous (tests) */
    public FanoutPlayback(java.util.function.Supplier<FanoutReplay> start, Executor executor, SnapshotBudget budget) {
        super(start, EventBuffer::new, executor, budget);
    }
}
