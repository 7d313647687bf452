package org.fanoutlab.playback;

import java.util.Objects;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.LanesSimulation;

/** The delivery lanes engine as a {@link Replayable}. */
public final class LanesReplay extends SteppedReplay<LanesReplay, LanesSimulation, LaneEventBuffer, LanesFrame> {
    /** Events kept between two drains: the playback drains every frame and every stride of a jump. */
    public static final int EVENT_CAPACITY = 1 << 13;
    /** A copy holds the event ring at full capacity: kind, time, lane, post and count per slot. */
    private static final long RING_BYTES = EVENT_CAPACITY * 32L;

    /** @throws IllegalArgumentException when the scenario has no lanes */
    public LanesReplay(Scenario scenario) {
        this(new LanesSimulation(Objects.requireNonNull(scenario, "scenario"), EVENT_CAPACITY));
    }

    private LanesReplay(LanesSimulation sim) {
        super(sim);
    }

    @Override
    public void stepToNextEvent() {
        sim.advanceToNextEvent();
    }

    @Override
    public LanesReplay copy() {
        return new LanesReplay(sim.copy());
    }

    @Override
    public LanesReplay fresh() {
        return new LanesReplay(sim.scenario());
    }

    /**
     * The lanes engine keeps a few numbers per lane and the times of the posts still waiting (8 to 16 bytes each,
     * docs/decisions/0007) and its event ring: estimated from the lag, with room for the lanes' own state.
     */
    @Override
    public long estimatedBytes() {
        long waiting = 0;
        for (int i = 0; i < sim.laneCount(); i++) {
            waiting += sim.metrics(i).lagNow();
        }
        return RING_BYTES + 4_096L * sim.laneCount() + 16 * waiting;
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
