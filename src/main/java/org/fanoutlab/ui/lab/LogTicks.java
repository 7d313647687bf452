package org.fanoutlab.ui.lab;

import java.util.function.DoubleFunction;
import javafx.util.StringConverter;

/**
 * Tick labels for an axis that plots log10 of a value (JavaFX has no log axis): shows the value itself.
 * Sweeps span 1 s … 1 h and 1 … 100M followers; on a linear axis all but the last decade would be one pixel.
 */
final class LogTicks extends StringConverter<Number> {
    private final DoubleFunction<String> format;

    LogTicks(DoubleFunction<String> format) {
        this.format = format;
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
