package org.fanoutlab.analysis;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;

/** Runs a scenario to its end in slices, so that a sweep can be cancelled in the middle of a long run. */
public final class Runs {
    /** Slices per run: small enough to cancel promptly, large enough not to slow the engine down. */
    private static final int SLICES = 64;

    private Runs() {
    }

    /** @throws CancellationException as soon as {@code cancelled} says so (checked between slices) */
    static Metrics toEnd(Scenario scenario, BooleanSupplier cancelled) {
        Simulation sim = new Simulation(scenario);
        double slice = scenario.durationSeconds() / SLICES;
        for (int i = 1; i < SLICES && !sim.isFinished(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("sweep cancelled");
            }
            sim.advanceTo(i * slice);
        }
        // the last slice through runToEnd, so that the end-of-run figures are exactly those of Simulation.run
        return sim.runToEnd().metrics();
    }
}
