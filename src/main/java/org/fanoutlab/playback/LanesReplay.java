package org.fanoutlab.playback;

import java.util.Objects;
import java.util.function.Consumer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.lanes.LanesSimulation;

/** The delivery lanes engine as a {@link Replayable}. */
public final class LanesReplay
        implements Replayable<LanesReplay, Consumer<LanesSimulation>, LaneEventBuffer, LanesFrame> {
    public static final int EVENT_CAPACITY = 1 << 15;

    private final LanesSimulation sim;

    /** @throws IllegalArgumentException when the scenario has no lanes */
    public LanesReplay(Scenario scenario) {
        this(new LanesSimulation(Objects.requireNonNull(scenario, "scenario"), EVENT_CAPACITY));
    }

    private LanesReplay(LanesSimulation sim) {
        this.sim = sim;
    }

    @Override
    public double now() {
        return sim.now();
    }

    @Override
    public double durationSeconds() {
        return sim.durationSeconds();
    }

    @Override
    public void advanceTo(double simSeconds) {
        sim.advanceTo(simSeconds);
    }

    @Override
    public void stepToNextEvent() {
        sim.advanceToNextEvent();
    }

    @Override
    public void apply(Consumer<LanesSimulation> change) {
        change.accept(sim);
    }

    @Override
    public LanesReplay copy() {
        throw new UnsupportedOperationException("the lanes engine cannot copy itself yet");
    }

    @Override
    public LanesReplay fresh() {
        return new LanesReplay(sim.scenario());
    }

    @Override
    public long estimatedBytes() {
        return 0;
    }

    @Override
    public void drainEvents(LaneEventBuffer sink) {
        sim.drainEvents(sink == null ? (k, t, lane, post, n) -> { } : sink);
    }

    @Override
    public LanesFrame figures() {
        return new LanesFrame(sim.now(), sim.durationSeconds(), sim.posts(), sim.isFinished(), sim.metrics(),
                sim.lanes(), sim.scenario().producers().get(0).postsPerHour(), sim.scenario());
    }
}
