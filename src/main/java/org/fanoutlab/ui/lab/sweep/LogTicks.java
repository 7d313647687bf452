package org.fanoutlab.ui.lab.sweep;

import java.util.function.DoubleFunction;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * Tick labels for an axis that plots log10 of a value (JavaFX has no log axis): shows the value itself.
 * Sweeps span 1 s … 1 h and 1 … 100M followers; on a linear axis all but the last decade would be one pixel.
 */
public final class LogTicks extends StringConverter<Number> {
    private final DoubleFunction<String> format;

    LogTicks(DoubleFunction<String> format) {
        this.format = format;
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
        a.setTickLabelFormatter(new LogTicks(format));
        return a;
    }

    /** Fits a log10 axis to data spanning {@code minLog} … {@code maxLog} (log10 values). */
    static void fit(NumberAxis a, double minLog, double maxLog) {
        double lo = Math.floor(minLog);
        double hi = Math.max(lo + 1, Math.ceil(maxLog));
        a.setLowerBound(lo);
        a.setUpperBound(hi);
    }

    @Override
    public String toString(Number log10) {
        return format.apply(Math.pow(10, log10.doubleValue()));
    }

    @Override
    public Number fromString(String s) {
        throw new UnsupportedOperationException("axis labels are not parsed");
    }
}
