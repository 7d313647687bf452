package org.fanoutlab.ui.lab.compare;

import java.util.List;
import org.fanoutlab.ui.lab.common.Figure;

/**
 * One figure across the three models, in {@link CompareRun#MODELS} order.
 *
 * @param cheapest which models are cheapest; none when all three are about equal (nothing to pick)
 */
public record CompareRow(Figure figure, List<Double> values, List<Boolean> cheapest) {
    /**
     * Figures within this fraction of the lowest count as equal to it: sampled figures wobble by about this much
     * from one seed to the next, so a smaller lead is no lead (the same margin as the threshold sweep's).
     */
    static final double TIE_MARGIN = 0.02;

    public CompareRow {
        values = List.copyOf(values);
        cheapest = List.copyOf(cheapest);
    }

    /** Marks the lowest figure and every figure about equal to it. NaN (no data yet) never counts as cheapest. */
    static CompareRow of(Figure figure, List<Double> values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        boolean allEqual = min == Double.POSITIVE_INFINITY || aboutEqual(min, max);
        Boolean[] marks = new Boolean[values.size()];
        for (int i = 0; i < marks.length; i++) {
            double v = values.get(i);
            marks[i] = !allEqual && !Double.isNaN(v) && aboutEqual(min, v);
        }
        return new CompareRow(figure, values, List.of(marks));
    }

    /** Whether {@code v} is within {@link #TIE_MARGIN} of {@code min} (both ≥ 0). */
    static boolean aboutEqual(double min, double v) {
        return v - min <= TIE_MARGIN * Math.abs(min) + 1e-9;
    }
}
