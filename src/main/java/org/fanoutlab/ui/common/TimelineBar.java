package org.fanoutlab.ui.common;

import java.util.Objects;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.IntConsumer;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The timeline under a stage: where the playhead is, the run's length, and a bar to drag to any moment, backwards
 * too. Home and End go to the start and the end, Shift+← and Shift+→ jump, ← and → nudge. Screen readers hear
 * "Timeline" and "12:03.4 of 1:00:00.0". The bar follows the playhead unless the learner is dragging it.
 */
public final class TimelineBar extends HBox {
    public static final String STYLE = "timeline-bar";
    public static final String SLIDER_STYLE = "timeline-slider";
    public static final String TIME_STYLE = "timeline-time";

    private final Slider slider;
    private final Label now = new Label();
    private final DoubleFunction<String> format;
    private final double length;
    private boolean following;
    private String valueText = "";

    /**
     * @param position the playhead, simulated seconds
     * @param length   the run's length, simulated seconds
     * @param seek     moves the playhead (called while dragging, and for Home and End)
     * @param jump     moves it by a number of jumps (Shift+→ +1, Shift+← −1)
     * @param format   simulated seconds as text ("12:03.4")
     */
    public TimelineBar(ObservableDoubleValue position, double length, DoubleConsumer seek, IntConsumer jump,
            DoubleFunction<String> format) {
        Objects.requireNonNull(seek, "seek");
        Objects.requireNonNull(jump, "jump");
        this.format = Objects.requireNonNull(format, "format");
        this.length = Math.max(length, 1e-9);
        getStyleClass().add(STYLE);
        slider = new Slider(0, this.length, position.get());
        slider.getStyleClass().add(SLIDER_STYLE);
        slider.setBlockIncrement(this.length / 100);
        slider.setAccessibleText(Messages.get("common.timeline.accessible"));
        Tooltip tip = new Tooltip(Messages.get("common.timeline.tip"));
        tip.setShowDelay(Duration.millis(400));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        slider.setTooltip(tip);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        slider.setMinWidth(80);
        slider.valueProperty().addListener((o, a, b) -> {
            showValue(b.doubleValue());
            if (!following) {
                seek.accept(b.doubleValue());
            }
        });
        slider.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShiftDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
                jump.accept(e.getCode() == KeyCode.RIGHT ? 1 : -1);
                e.consume();
            }
        });
        position.addListener((o, a, b) -> follow(b.doubleValue()));

        now.getStyleClass().add(TIME_STYLE);
        now.setMinWidth(Region.USE_PREF_SIZE);
        now.setTooltip(new Tooltip(Messages.get("common.timeline.now")));
        Label end = new Label(format.apply(this.length));
        end.getStyleClass().add(TIME_STYLE);
        end.setMinWidth(Region.USE_PREF_SIZE);
        end.setTooltip(new Tooltip(Messages.get("common.timeline.length")));
        getChildren().addAll(now, slider, end);
        showValue(position.get());
    }

    /** The playhead moved (playing, stepping, a seek): the bar follows, unless the learner holds it. */
    private void follow(double t) {
        if (slider.isValueChanging()) {
            return;
        }
        following = true;
        try {
            slider.setValue(t);
        } finally {
            following = false;
        }
    }

    private void showValue(double t) {
        String text = format.apply(t);
        now.setText(text);
        valueText = Messages.format("common.timeline.value", text, format.apply(length));
        // Read out as a time ("12:03.4 of 1:00:00.0"), not as a bare number of seconds.
        slider.setAccessibleHelp(valueText);
    }

    /** What a screen reader says of the bar's value: "12:03.4 of 1:00:00.0". */
    public String valueText() {
        return valueText;
    }

    /** The label with the playhead's time. */
    public Label nowLabel() {
        return now;
    }

    /** The bar itself (tests drag it, key it and read it). */
    public Slider slider() {
        return slider;
    }
}
