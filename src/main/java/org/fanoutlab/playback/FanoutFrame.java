package org.fanoutlab.playback;

import java.util.List;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.WatchedConsumer;

/**
 * What a fan-out stage shows at one moment: the engine's totals, each producer's fan-out progress, the scenario
 * as it stands (live changes applied), the watched consumers and the per-component counters.
 *
 * @param fanoutProgress per producer, {@link org.fanoutlab.engine.Simulation#fanoutProgress(int)}; owned by this
 *                       frame, never changed after publication
 * @param tally          owned by this frame, never changed after publication
 */
public record FanoutFrame(double simSeconds, Metrics metrics, double[] fanoutProgress, boolean finished,
        Scenario scenario, List<WatchedConsumer> watched, WatchedTally tally) {
    public FanoutFrame {
        watched = List.copyOf(watched);
    }
}
