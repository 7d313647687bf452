package org.fanoutlab.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Scenario;

/**
 * Runs the current workload at poll intervals from 1 s to 1 h and records wasted checks against staleness.
 * In pure push the interval moves neither (deliveries do not wait for checks), so a push workload is swept as
 * pull; the result says which model ran. Toolkit-free; blocking.
 */
public final class IntervalSweep {
    public static final int DEFAULT_STEPS = 13;
    static final LogScale RANGE = new LogScale(1, 3600);

    private IntervalSweep() {
    }

    static Model modelFor(Scenario s) {
        return s.model() == Model.PUSH ? Model.PULL : s.model();
    }

    /** Intervals tried, rounded to a tenth of a second. */
    static List<Double> intervals(int steps) {
        List<Double> out = new ArrayList<>();
        for (double v : RANGE.steps(steps)) {
            out.add(Math.round(v * 10) / 10.0);
        }
        return out;
    }

    public static Result run(Scenario scenario, int steps, SweepListener listener, BooleanSupplier cancelled) {
        return run(scenario, steps, ScaleModel.DEFAULT_BUDGET, listener, cancelled);
    }

    /**
     * @param budget the most work one run may take before it is scaled down (see {@link ScaleModel}); a
     *               1-second interval on a big audience would otherwise take minutes
     */
    public static Result run(Scenario scenario, int steps, double budget, SweepListener listener,
                      BooleanSupplier cancelled) {
        Model model = modelFor(scenario);
        List<Double> intervals = intervals(steps);
        List<IntervalPoint> points = new ArrayList<>();
        for (double interval : intervals) {
            ScaleModel sm = ScaleModel.within(scenario.withModel(model).withPollIntervalSeconds(interval), budget);
            Metrics m = Runs.toEnd(sm.scenario(), cancelled);
            points.add(new IntervalPoint(interval, sm.unscale(m.emptyChecks()), sm.unscale(m.usefulChecks()),
                    m.wastedPerUseful(), m.deliveryLatencySeconds().mean(), sm.factor()));
            listener.progress(points.size(), intervals.size());
        }
        return new Result(model, points);
    }

    /** The sweep's points, shortest interval first, and the model they ran under. */
    public record Result(Model model, List<IntervalPoint> points) implements SweepResult {
        public Result {
            points = List.copyOf(points);
        }

        @Override
        public double smallestScale() {
            return points.stream().mapToDouble(IntervalPoint::scale).min().orElse(1);
        }
    }
}
