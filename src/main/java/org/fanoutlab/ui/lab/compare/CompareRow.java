package org.fanoutlab.ui.lab.compare;

import java.util.List;
import org.fanoutlab.ui.lab.common.LabMetric;

/**
 * One metric across the three models, in {@link CompareRun#MODELS} order.
 *
 * @param cheapest which models have the lowest figure; none when all three are equal (nothing to pick)
 */
public record CompareRow(LabMetric metric, List<Double> values, List<Boolean> cheapest) {
    public CompareRow {
        values = List.copyOf(values);
        cheapest = List.copyOf(cheapest);
    }

    /** Marks the lowest figure(s). NaN (no data yet) never counts as cheapest. */
    static CompareRow of(LabMetric metric, List<Double> values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        boolean allEqual = min == Double.POSITIVE_INFINITY || nearlyEqual(min, max);
        Boolean[] marks = new Boolean[values.size()];
        for (int i = 0; i < marks.length; i++) {
            double v = values.get(i);
            marks[i] = !allEqual && !Double.isNaN(v) && nearlyEqual(v, min);
        }
        return new CompareRow(metric, values, List.of(marks));
    }

    /** Sampled figures wobble in the last digits; a tie should still look like a tie. */
    private static boolean nearlyEqual(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
