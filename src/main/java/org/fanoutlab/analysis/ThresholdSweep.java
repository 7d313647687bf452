package org.fanoutlab.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.fanoutlab.engine.CostModel;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;

/**
 * Runs the current workload as hybrid at log-spaced celebrity thresholds, from 1 (everyone is pulled) to above
 * the largest producer (everyone is pushed), and records what each costs. Toolkit-free; blocking.
 */
public final class ThresholdSweep {
    public static final int DEFAULT_STEPS = 25;

    private ThresholdSweep() {
    }

    /** The thresholds tried: distinct whole numbers from 1 to twice the largest audience, log-spaced. */
    static List<Long> thresholds(Scenario s, int steps) {
        long largest = s.producers().stream().mapToLong(Producer::followers).max().orElse(1);
        LogScale scale = new LogScale(1, Math.max(2, largest * 2.0));
        TreeSet<Long> out = new TreeSet<>();
        for (double v : scale.steps(steps)) {
            out.add(Math.round(v));
        }
        return new ArrayList<>(out);
    }

    public static Result run(Scenario scenario, int steps, SweepListener listener, BooleanSupplier cancelled) {
        return run(scenario, steps, ScaleModel.DEFAULT_BUDGET, listener, cancelled);
    }

    /** @param budget the most work one run may take before it is scaled down (see {@link ScaleModel}) */
    public static Result run(Scenario scenario, int steps, double budget, SweepListener listener,
                      BooleanSupplier cancelled) {
        Scenario hybrid = scenario.withModel(Model.HYBRID);
        List<Long> thresholds = thresholds(hybrid, steps);
        // A threshold only matters through which producers it makes celebrities; thresholds that split the
        // producers the same way give the same run, so each split is simulated once.
        Map<BitSet, ThresholdPoint> bySplit = new HashMap<>();
        List<ThresholdPoint> points = new ArrayList<>();
        int done = 0;
        for (long t : thresholds) {
            Scenario s = hybrid.withCelebrityThreshold(t);
            ThresholdPoint p = bySplit.computeIfAbsent(split(s), k -> {
                ScaleModel model = ScaleModel.within(s, budget);
                Metrics m = Runs.toEnd(model.scenario(), cancelled);
                return new ThresholdPoint(t, model.unscale(m.cacheWrites()), model.unscale(m.readQueries()),
                        model.unscale(m.cacheReads()), model.factor());
            });
            points.add(new ThresholdPoint(t, p.cacheWrites(), p.readQueries(), p.cacheReads(), p.scale()));
            listener.progress(++done, thresholds.size());
        }
        return new Result(points);
    }

    private static BitSet split(Scenario s) {
        BitSet b = new BitSet();
        for (int i = 0; i < s.producers().size(); i++) {
            b.set(i, s.isCelebrity(s.producers().get(i)));
        }
        return b;
    }

    /** The sweep's points, lowest threshold first. */
    public record Result(List<ThresholdPoint> points) implements SweepResult {
        public Result {
            points = List.copyOf(points);
        }

        @Override
        public double smallestScale() {
            return points.stream().mapToDouble(ThresholdPoint::scale).min().orElse(1);
        }

        /**
         * What the sweep says under {@code w}: the cheapest point (on an exact tie the lowest threshold: fewest
         * writes at post time) and every point within {@link NearTie#MARGIN} of it.
         */
        public Verdict verdict(CostModel w) {
            ThresholdPoint best = points.get(0);
            for (ThresholdPoint p : points) {
                if (p.cost(w) < best.cost(w)) {
                    best = p;
                }
            }
            double lowest = best.cost(w);
            List<ThresholdPoint> near = points.stream().filter(p -> NearTie.within(lowest, p.cost(w))).toList();
            return new Verdict(best, near, w);
        }
    }

    /**
     * The sweep's answer under some weights.
     *
     * @param cheapest   the lowest cost (the lowest threshold among exact ties)
     * @param aboutEqual every point within {@link NearTie#MARGIN} of it, lowest threshold first, itself included
     */
    public record Verdict(ThresholdPoint cheapest, List<ThresholdPoint> aboutEqual, CostModel weights) {
        public Verdict {
            aboutEqual = List.copyOf(aboutEqual);
        }

        /**
         * True when another run (another split of the producers, with other figures) is within the margin: then
         * no threshold is clearly cheapest, and the screen says "about equal". Thresholds that split the producers
         * alike are one run with the same figures, so they never make a tie on their own.
         */
        public boolean isNearTie() {
            return aboutEqual.stream().anyMatch(p -> !sameRun(p, cheapest));
        }

        private static boolean sameRun(ThresholdPoint a, ThresholdPoint b) {
            return a.cacheWrites() == b.cacheWrites() && a.readQueries() == b.readQueries()
                    && a.cacheReads() == b.cacheReads();
        }
    }
}
