package org.fanoutlab.ui.lab.sweep;

import java.util.function.DoubleFunction;
import javafx.scene.chart.NumberAxis;
import org.fanoutlab.ui.lab.common.AxisLabels;

/**
 * An axis that plots log10 of a value (JavaFX has no log axis), with the value itself as tick labels.
 * Sweeps span 1 s … 1 h and 1 … 100M followers; on a linear axis all but the last decade would be one pixel.
 */
final class LogTicks {
    private LogTicks() {
    }

    /**
     * A log10 axis with whole decades as ticks. Auto-ranging would put ticks at 10^0.5 and, with no data,
     * label 10^100; so the range is set by hand from the data.
     */
    static NumberAxis axis(String label, DoubleFunction<String> format) {
        NumberAxis a = new NumberAxis(0, 4, 1);
        a.setAutoRanging(false);
        a.setMinorTickCount(0);
        a.setLabel(label);
        a.setTickLabelFormatter(AxisLabels.of(log10 -> format.apply(Math.pow(10, log10))));
        return a;
    }

    /** Fits a log10 axis to data spanning {@code minLog} … {@code maxLog} (log10 values). */
    static void fit(NumberAxis a, double minLog, double maxLog) {
        double lo = Math.floor(minLog);
        double hi = Math.max(lo + 1, Math.ceil(maxLog));
        a.setLowerBound(lo);
        a.setUpperBound(hi);
    }
}
