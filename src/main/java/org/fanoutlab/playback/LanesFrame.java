package org.fanoutlab.playback;

import java.util.List;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.lanes.LaneMetrics;
import org.fanoutlab.engine.lanes.LaneSpec;

/**
 * What the lanes view shows at one moment: time, posts, each lane's figures and parameters, and the scenario, as
 * they stand after live changes.
 */
public record LanesFrame(double now, double duration, long posts, boolean finished, List<LaneMetrics> metrics,
        List<LaneSpec> lanes, double postsPerHour, Scenario scenario) {
    public LanesFrame {
        metrics = List.copyOf(metrics);
        lanes = List.copyOf(lanes);
    }
}
