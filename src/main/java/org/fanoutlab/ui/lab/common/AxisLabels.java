package org.fanoutlab.ui.lab.common;

import java.util.function.DoubleFunction;
import javafx.util.StringConverter;

/** Chart tick labels written by one of {@code NumberInput}'s formats ("1:30", "50M", "2 min"). */
public final class AxisLabels extends StringConverter<Number> {
    private final DoubleFunction<String> format;

    private AxisLabels(DoubleFunction<String> format) {
        this.format = format;
    }

    public static AxisLabels of(DoubleFunction<String> format) {
        return new AxisLabels(format);
    }

    @Override
    public String toString(Number n) {
        return format.apply(n.doubleValue());
    }

    @Override
    public Number fromString(String s) {
        throw new UnsupportedOperationException("axis labels are not parsed");
    }
}
