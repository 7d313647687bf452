package org.fanoutlab.ui.lanes;

import java.util.List;
import org.fanoutlab.engine.lanes.LaneMetrics;
import org.fanoutlab.engine.lanes.LaneSpec;

/** What the worker last published: time, posts, each lane's figures and parameters. */
record LanesSnapshot(double now, double duration, long posts, boolean finished, List<LaneMetrics> metrics,
        List<LaneSpec> lanes, double postsPerHour) {
    LanesSnapshot {
        metrics = List.copyOf(metrics);
        lanes = List.copyOf(lanes);
    }
}
