package org.fanoutlab.ui.lab.live;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fanoutlab.engine.Metric;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.NumberInput;
import org.fanoutlab.ui.lab.common.MetricFigure;

/**
 * The live figures and charts under the stage, without the toolkit: {@link #show} copies a run's snapshot into
 * text for every figure of the engine's catalogue, the chart lines and the clock. Snapshots of a run that was
 * replaced ({@link #newRun}) are ignored. FX thread.
 */
public final class FiguresViewModel {
    /** Chart points kept per line, however long the run (about one per 3 px of a chart on a 1080p screen). */
    static final int CHART_POINTS = 160;
    /** Charts redraw on every second refresh (2.5 a second): a redraw costs far more than the figures' text. */
    static final int CHART_EVERY = 2;

    private final Map<Metric, ReadOnlyStringWrapper> metricText = new EnumMap<>(Metric.class);
    private final ReadOnlyObjectWrapper<Metrics> metrics = new ReadOnlyObjectWrapper<>(this, "metrics");
    private final ReadOnlyObjectWrapper<ChartData> charts = new ReadOnlyObjectWrapper<>(this, "charts", ChartData.EMPTY);
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock", "");
    private final ReadOnlyStringWrapper engineProblem = new ReadOnlyStringWrapper(this, "engineProblem");

    private long generation;
    private Snapshot shown;
    private int chartedBuckets = -1;
    private long refreshes;

    FiguresViewModel() {
        for (Metric m : Metric.values()) {
            metricText.put(m, new ReadOnlyStringWrapper(this, m.id(), NumberInput.NONE));
        }
    }

    /** A new run starts: only its snapshots (a higher generation) are shown from now on. */
    void newRun() {
        generation++;
        shown = null;
        chartedBuckets = -1;
        engineProblem.set(null);
    }

    /** Copies {@code s} into the properties; cheap when it is the snapshot already shown. */
    void show(Snapshot s) {
        if (s == null || s == shown || s.generation() < generation) {
            return;
        }
        shown = s;
        Metrics m = s.metrics();
        metrics.set(m);
        for (Metric lm : Metric.values()) {
            MetricFigure f = MetricFigure.of(lm);
            metricText.get(lm).set(f.format(f.valueOf(m)));
        }
        clock.set(Messages.format("lab.clock", NumberInput.formatSeconds(m.simSeconds()),
                NumberInput.formatSeconds(s.scenario().durationSeconds())));
        engineProblem.set(s.problem());
        refreshes++;
        if (s.series().size() != chartedBuckets && (refreshes % CHART_EVERY == 0 || chartedBuckets < 0)) {
            chartedBuckets = s.series().size();
            charts.set(SeriesDownsampler.downsample(s.series(), CHART_POINTS, m.simSeconds()));
        }
    }

    public ReadOnlyStringProperty metricTextProperty(Metric m) {
        return metricText.get(m).getReadOnlyProperty();
    }

    /** The latest metrics, or null before the first snapshot; {@link Metrics#sampled()} says they are estimated. */
    public ReadOnlyObjectProperty<Metrics> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    /** Why the engine stopped or refused a change it was sent, or null. */
    public ReadOnlyStringProperty engineProblemProperty() {
        return engineProblem.getReadOnlyProperty();
    }
}
