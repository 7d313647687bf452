package org.fanoutlab.ui.common;

import java.util.Objects;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
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
    /** A checkpoint's notch across the bar. */
    public static final String TICK_STYLE = "timeline-tick";

    private final Slider slider;
    private final Label now = new Label();
    private final DoubleFunction<String> format;
    private final double length;
    private final Pane ticks = new Pane() {
        @Override
        protected void layoutChildren() {
            placeTicks();
        }
    };
    private ObservableList<RunCheckpoints.Stop> stops = FXCollections.observableArrayList();
    private final ListChangeListener<RunCheckpoints.Stop> stopsChanged = c -> showStops();
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
        // The notches lie under the bar: the track and the thumb cover their middle, their ends show above and below.
        ticks.setMouseTransparent(true);
        ticks.setManaged(true);
        ticks.setMinWidth(0);
        StackPane bar = new StackPane(ticks, slider);
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.setMinWidth(80);
        getChildren().addAll(now, bar, end);
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
        if (stops != null && !stops.isEmpty()) {
            String at = stops.stream().map(st -> format.apply(st.at())).collect(Collectors.joining(", "));
            valueText += ". " + Messages.format("common.timeline.stops", stops.size(), at);
        }
        // Read out as a time ("12:03.4 of 1:00:00.0"), not as a bare number of seconds.
        slider.setAccessibleHelp(valueText);
    }

    /**
     * Marks the run's checkpoints on the bar, a notch at each one's moment; the bar follows the list as it
     * changes. A screen reader hears where they are with the bar's value.
     */
    public void setStops(ObservableList<RunCheckpoints.Stop> list) {
        stops.removeListener(stopsChanged);
        stops = list == null ? FXCollections.observableArrayList() : list;
        stops.addListener(stopsChanged);
        showStops();
    }

    private void showStops() {
        ticks.getChildren().clear();
        for (RunCheckpoints.Stop s : stops) {
            Region tick = new Region();
            tick.getStyleClass().add(TICK_STYLE);
            tick.setUserData(s);
            ticks.getChildren().add(tick);
        }
        ticks.requestLayout();
        showValue(slider.getValue());
    }

    /** Notch centres on the track: the thumb's centre travels from half a thumb in to half a thumb from the end. */
    private void placeTicks() {
        Node thumb = slider.lookup(".thumb");
        double thumbW = thumb == null ? 0 : thumb.getLayoutBounds().getWidth();
        Insets in = slider.getInsets();
        double left = in.getLeft() + thumbW / 2;
        double span = Math.max(0, ticks.getWidth() - in.getLeft() - in.getRight() - thumbW);
        double h = ticks.getHeight();
        for (Node n : ticks.getChildren()) {
            RunCheckpoints.Stop s = (RunCheckpoints.Stop) n.getUserData();
            double x = left + span * Math.max(0, Math.min(1, s.at() / length));
            n.resizeRelocate(snapPositionX(x - 1.5), 0, 3, h);
        }
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
