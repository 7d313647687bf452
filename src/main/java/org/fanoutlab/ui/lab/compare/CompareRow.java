package org.fanoutlab.ui.lab.compare;

import java.util.List;
import org.fanoutlab.analysis.NearTie;
import org.fanoutlab.ui.lab.common.Figure;

/**
 * One figure across the three models, in {@link CompareRun#MODELS} order.
 *
 * @param cheapest which models are cheapest; none when all three are about equal (nothing to pick)
 */
public record CompareRow(Figure figure, List<Double> values, List<Boolean> cheapest) {
    public CompareRow {
        values = List.copyOf(values);
        cheapest = List.copyOf(cheapest);
    }

    /**
     * Marks the lowest figure and every figure within {@link NearTie#MARGIN} of it: a lead that small is sampling
     * noise, not a cheaper model. NaN (no data yet) never counts as cheapest.
     */
    static CompareRow of(Figure figure, List<Double> values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        boolean allEqual = min == Double.POSITIVE_INFINITY || NearTie.within(min, max);
        Boolean[] marks = new Boolean[values.size()];
        for (int i = 0; i < marks.length; i++) {
            double v = values.get(i);
            marks[i] = !allEqual && !Double.isNaN(v) && NearTie.within(min, v);
        }
        return new CompareRow(figure, values, List.of(marks));
    }
}
