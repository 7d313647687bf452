package org.fanoutlab.ui.lab.controls;

import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fanoutlab.analysis.LogScale;
import org.fanoutlab.ui.common.InputResult;

/**
 * View-model of one numeric lab control: a log slider plus a field for typing the value. The slider moves
 * {@link #setPosition}, the field calls {@link #type}; both end in one {@link ParameterChange} for the engine.
 * Typed text that is not a valid value sets {@link #errorProperty()} and changes nothing.
 */
public final class LogParameter {
    private final ReadOnlyDoubleWrapper value = new ReadOnlyDoubleWrapper(this, "value");
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper(this, "position");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    private LogScale scale;
    private final DoubleUnaryOperator round;
    private final Function<String, InputResult> parse;
    private final DoubleFunction<String> format;
    private final DoubleFunction<ParameterChange> toChange;
    private final Consumer<ParameterChange> sink;

    /**
     * @param round    snaps a slider value to what the parameter can hold (whole followers, …)
     * @param parse    reads typed text, range included
     * @param toChange the engine change for a value
     * @param sink     where changes go (the lab view-model, which queues them for the engine thread)
     */
    public LogParameter(LogScale scale, DoubleUnaryOperator round, Function<String, InputResult> parse,
                 DoubleFunction<String> format, DoubleFunction<ParameterChange> toChange,
                 Consumer<ParameterChange> sink) {
        this.scale = scale;
        this.round = round;
        this.parse = parse;
        this.format = format;
        this.toChange = toChange;
        this.sink = sink;
    }

    /** From the slider: position 0 to 1 along the log range. */
    public void setPosition(double p) {
        double v = round.applyAsDouble(scale.toValue(p));
        position.set(Math.max(0, Math.min(1, p)));
        commit(v);
    }

    /** From the text field when the learner presses Enter or leaves it. */
    public void type(String typed) {
        InputResult r = parse.apply(typed);
        if (!r.isOk()) {
            error.set(r.error());
            return;
        }
        double v = round.applyAsDouble(r.value());
        position.set(scale.toPosition(v));
        commit(v);
    }

    /** Sets the value without sending a change: a scenario was loaded and the engine already has it. */
    public void reset(double v) {
        value.set(v);
        position.set(scale.toPosition(v));
        text.set(format.apply(v));
        error.set(null);
    }

    /** A new slider range (the follower slider's top is the scenario's audience); keeps the value. */
    void rescale(LogScale newScale) {
        this.scale = newScale;
        position.set(scale.toPosition(value.get()));
    }

    private void commit(double v) {
        error.set(null);
        text.set(format.apply(v));
        if (v == value.get()) {
            return;
        }
        value.set(v);
        sink.accept(toChange.apply(v));
    }

    LogScale scale() {
        return scale;
    }

    public double value() {
        return value.get();
    }

    ReadOnlyDoubleProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** A message for the field when typed text was not accepted; null when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
