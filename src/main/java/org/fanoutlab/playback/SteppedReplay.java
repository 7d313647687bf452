package org.fanoutlab.playback;

import java.util.function.Consumer;
import org.fanoutlab.engine.SteppedRun;

/**
 * A {@link Replayable} over one of the engine's runs (the fan-out simulation, the delivery lanes): its time is
 * the run's own, and a live change is a call on the run.
 *
 * @param <E> the run
 */
abstract class SteppedReplay<R extends Replayable<R, Consumer<E>, S, F>, E extends SteppedRun,
        S extends EventQueue<S>, F> implements Replayable<R, Consumer<E>, S, F> {
    final E sim;

    SteppedReplay(E sim) {
        this.sim = sim;
    }

    @Override
    public final double now() {
        return sim.now();
    }

    @Override
    public final double durationSeconds() {
        return sim.durationSeconds();
    }

    @Override
    public final void advanceTo(double simSeconds) {
        sim.advanceTo(simSeconds);
    }

    @Override
    public final void apply(Consumer<E> change) {
        change.accept(sim);
        changed();
    }

    /** After a live change: what is derived from the run's settings follows them. */
    void changed() {
    }
}
