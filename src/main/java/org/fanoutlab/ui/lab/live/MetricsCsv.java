package org.fanoutlab.ui.lab.live;

import java.util.stream.Collectors;
import org.fanoutlab.engine.Metric;
import org.fanoutlab.engine.Metrics;

/**
 * The lab's figures as CSV: a header row of the engine's catalogue names and one row of figures, written exactly
 * as {@code run --format csv} writes them ({@link Metric#plain}: '.' decimals in every locale), without the
 * command line's {@code elapsedSeconds} (the Lab's run is paced by the stage, not timed).
 */
public final class MetricsCsv {
    private MetricsCsv() {
    }

    public static String format(Metrics m) {
        String header = Metric.all().stream().map(Metric::id).collect(Collectors.joining(","));
        String row = Metric.all().stream().map(x -> x.plain(m)).collect(Collectors.joining(","));
        return header + "\n" + row + "\n";
    }
}
