package org.fanoutlab.ui.lanes;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fanoutlab.engine.lanes.LaneParam;

/** One live control of one lane: its value, slider range and the help text for its tooltip. */
public final class ParamControl {
    private final int lane;
    private final LaneParam param;
    private final SliderRange range;
    private final ReadOnlyDoubleWrapper value = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();

    ParamControl(int lane, LaneParam param, double initial) {
        this.lane = lane;
        this.param = param;
        this.range = SliderRange.forParam(param, initial);
        set(initial);
    }

    public int lane() {
        return lane;
    }

    public LaneParam param() {
        return param;
    }

    /** The parameter's name for people, with its unit ("Poll interval (s)"); the file's name is {@link LaneParam#id()}. */
    public String label() {
        return org.fanoutlab.ui.common.Messages.get("lanes.param." + param.id());
    }

    /** What the parameter means in the real system. */
    public String help() {
        return param.help();
    }

    public ReadOnlyDoubleProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** The value with its unit, e.g. "30 s", "20%". */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    SliderRange range() {
        return range;
    }

    /** Slider position 0..1 of the current value. */
    public double position() {
        return range.toPosition(value.get());
    }

    void set(double v) {
        value.set(v);
        text.set(SliderRange.format(param, v));
    }
}
