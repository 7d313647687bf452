package org.fanoutlab.ui.lab.live;

import java.util.List;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.SeriesPoint;

/**
 * What the engine thread last published: the run's scenario (with live changes), its metrics and its series.
 * Immutable, handed across threads whole.
 *
 * @param generation increases with every restart, so that a view can tell a new run from an old one
 * @param problem    a message when a change could not be applied (the run goes on), else null
 */
public record Snapshot(long generation, Scenario scenario, Metrics metrics, List<SeriesPoint> series, boolean finished,
                String problem) {
    public Snapshot {
        series = List.copyOf(series);
    }
}
