package org.fanoutlab.ui.stage;

import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.TimelineBar;

/**
 * The animated stage: the diagram on layered canvases, the transport controls and an info line. Builds nodes,
 * binds them to the {@link StageViewModel} and forwards input; all behaviour lives in the view-model.
 *
 * <p>Fills whatever room it is given: about 360 px high in a lesson's lab block, the whole lab screen
 * otherwise. Keys while it has focus: Space play/pause, → step, + / − speed, R reset.
 */
public final class StageView extends BorderPane {
    private static final int COUNTER_PARTS = 6;

    private final StageViewModel vm;
    private final StageCanvas canvas;
    private final AnimationTimer timer;
    private final boolean ownClock;

    public StageView(StageViewModel vm) {
        this(vm, true);
    }

    /**
     * A stage whose frames come from {@link #frameAt(long)} instead of its AnimationTimer: tests drive it with a
     * test clock.
     */
    static StageView drivenByTest(StageViewModel vm) {
        return new StageView(vm, false);
    }

    private StageView(StageViewModel vm, boolean ownClock) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.ownClock = ownClock;
        getStyleClass().add(StageStyles.VIEW.css());
        getStylesheets().add(Objects.requireNonNull(StageView.class.getResource("stage.css")).toExternalForm());

        getStylesheets().add(Objects.requireNonNull(TimelineBar.class.getResource("tokens.css")).toExternalForm());
        canvas = new StageCanvas(vm);
        canvas.setId("stage-canvas");
        setCenter(canvas);
        TimelineBar timeline = new TimelineBar(vm.simSecondsProperty(), vm.durationSeconds(), vm::seek, vm::jump,
                TimeText::format);
        timeline.setId("stage-timeline");
        timeline.slider().setId("stage-timeline-slider");
        // The simulated clock is the timeline's: where the playhead is, and the run's length.
        timeline.nowLabel().setId("stage-clock");
        timeline.setStops(vm.checkpoints().stops());
        setBottom(new VBox(timeline, controls(), infoLine(), eventLog()));

        followMotionSetting();

        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onFrame(now);
            }
        };
        // Runs only while shown, and never after the view-model is disposed.
        sceneProperty().addListener((o, a, b) -> updateTimer());
        vm.disposedProperty().addListener((o, a, b) -> updateTimer());
        updateTimer();
    }

    /** The window's reduced-motion setting arrives as a style class on the scene's root (View menu). */
    private void followMotionSetting() {
        javafx.collections.ListChangeListener<String> rootClasses = c -> applyRootMotion(c.getList());
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.getRoot().getStyleClass().removeListener(rootClasses);
            }
            if (now != null) {
                now.getRoot().getStyleClass().addListener(rootClasses);
                applyRootMotion(now.getRoot().getStyleClass());
            }
        });
    }

    private void applyRootMotion(java.util.List<? extends String> rootStyleClasses) {
        boolean wanted = rootStyleClasses.contains(StageStyles.REDUCED_MOTION_ROOT);
        if (vm.isReducedMotion() != wanted) {
            vm.setReducedMotion(wanted);
        }
    }

    private void updateTimer() {
        if (ownClock && getScene() != null && !vm.disposedProperty().get()) {
            timer.start();
        } else {
            timer.stop();
        }
    }

    private HBox controls() {
        Button play = new Button();
        play.textProperty().bind(Bindings.when(vm.playingProperty()).then(Messages.get("stage.pause"))
                .otherwise(Messages.get("stage.play")));
        play.getStyleClass().addAll(StageStyles.BUTTON.css(), StageStyles.PLAY_BUTTON.css());
        play.setId("stage-play");
        play.setOnAction(e -> vm.togglePlay());
        play.setTooltip(tip(Messages.get("stage.play.tip")));

        Button step = new Button(Messages.get("stage.step"));
        step.getStyleClass().add(StageStyles.BUTTON.css());
        step.setId("stage-step");
        step.setOnAction(e -> vm.step());
        step.setTooltip(tip(Messages.get("stage.step.tip")));

        Button reset = new Button(Messages.get("stage.reset"));
        reset.getStyleClass().add(StageStyles.BUTTON.css());
        reset.setId("stage-reset");
        reset.setOnAction(e -> vm.reset());
        reset.setTooltip(tip(Messages.get("stage.reset.tip")));

        Slider speed = new Slider(0, 1, vm.speedPosition());
        speed.getStyleClass().add(StageStyles.SPEED_SLIDER.css());
        speed.setId("stage-speed");
        speed.setAccessibleText(Messages.get("stage.speed"));
        speed.accessibleHelpProperty().bind(vm.speedTextProperty());
        speed.setTooltip(tip(Messages.get("stage.speed.tip")));
        speed.valueProperty().addListener((o, a, b) -> {
            if (Math.abs(b.doubleValue() - vm.speedPosition()) > 1e-6) {
                vm.setSpeedPosition(b.doubleValue());
            }
        });
        vm.speedProperty().addListener((o, a, b) -> {
            if (Math.abs(speed.getValue() - vm.speedPosition()) > 1e-6) {
                speed.setValue(vm.speedPosition());
            }
        });
        Label speedLabel = new Label();
        speedLabel.textProperty().bind(vm.speedTextProperty());
        speedLabel.getStyleClass().add(StageStyles.SPEED_LABEL.css());
        speedLabel.setTooltip(tip(Messages.get("stage.speedLabel.tip")));


        CheckBox reduced = new CheckBox(Messages.get("stage.reducedMotion"));
        reduced.setId("stage-reduced-motion");
        reduced.setSelected(vm.isReducedMotion());
        reduced.selectedProperty().addListener((o, a, b) -> vm.setReducedMotion(b));
        vm.reducedMotionProperty().addListener((o, a, b) -> reduced.setSelected(b));
        reduced.setTooltip(tip(Messages.get("stage.reducedMotion.tip")));

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        for (Region r : new Region[] {play, step, reset, speedLabel, reduced}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The speed slider keeps a usable width in a lesson's narrow column; the spring gives way first.
        speed.setMinWidth(110);
        HBox.setHgrow(speed, Priority.SOMETIMES);
        HBox bar = new HBox(play, step, reset, speed, speedLabel, spring, reduced);
        bar.getStyleClass().add(StageStyles.CONTROLS.css());
        return bar;
    }

    /**
     * The live log a screen reader can follow (and anyone can scroll back through), folded away by default so it
     * costs the diagram no room.
     */
    private TitledPane eventLog() {
        ListView<String> list = new ListView<>(vm.eventLog());
        list.setId("stage-event-log");
        list.setAccessibleText(Messages.get("stage.eventLog.accessible"));
        list.setPrefHeight(120);
        list.getItems().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (!list.getItems().isEmpty()) {
                list.scrollTo(list.getItems().size() - 1);
            }
        });
        TitledPane pane = new TitledPane(Messages.get("stage.eventLog"), list);
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.getStyleClass().add(StageStyles.EVENT_LOG.css());
        pane.setTooltip(tip(Messages.get("stage.eventLog.tip")));
        return pane;
    }

    private Label infoLine() {
        Label info = new Label();
        info.getStyleClass().add(StageStyles.INFO.css());
        info.setId("stage-info");
        info.setMaxWidth(Double.MAX_VALUE);
        info.setMinHeight(Region.USE_PREF_SIZE);
        // Hover text first, then an error, then what just happened.
        info.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!vm.errorProperty().get().isEmpty()) {
                return vm.errorProperty().get();
            }
            if (!vm.infoProperty().get().isEmpty()) {
                return vm.infoProperty().get();
            }
            String last = vm.lastActionProperty().get();
            return last.isEmpty() ? Messages.get("stage.info.hint") : last;
        }, vm.infoProperty(), vm.lastActionProperty(), vm.errorProperty()));
        vm.errorProperty().addListener((o, a, b) -> {
            info.getStyleClass().remove(StageStyles.ERROR.css());
            if (!b.isEmpty()) {
                info.getStyleClass().add(StageStyles.ERROR.css());
            }
        });
        return info;
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(400));
        return t;
    }

    private void onKey(KeyEvent e) {
        KeyCode k = e.getCode();
        if (e.isShiftDown() && (k == KeyCode.LEFT || k == KeyCode.RIGHT)) {
            vm.jump(k == KeyCode.RIGHT ? 1 : -1);
            e.consume();
            return;
        }
        switch (k) {
            case SPACE -> vm.togglePlay();
            case RIGHT -> vm.step();
            case HOME -> vm.seekToStart();
            case END -> vm.seekToEnd();
            case PLUS, ADD, EQUALS -> vm.faster();
            case MINUS, SUBTRACT -> vm.slower();
            case R -> vm.reset();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** One frame at {@code nanos} of a test clock (see {@link #drivenByTest}). */
    void frameAt(long nanos) {
        onFrame(nanos);
    }

    private void onFrame(long now) {
        vm.frame(now);
        canvas.render();
    }

    /** Centre of a component in the canvas's coordinates (for tests that hover it). */
    javafx.geometry.Point2D centreOf(int anchor) {
        return canvas.centreOf(anchor);
    }

    /**
     * Where a checkpoint's card goes over the stage, away from the part it outlines: the stage reads left to right
     * (producers, the fan-out service and the database, caches, consumers), so a card about the caches or the
     * consumers goes top left, any other top right.
     */
    public static Pos cardCorner(String focus) {
        StagePart part = focus == null ? null : StagePart.orNull(focus);
        return part == StagePart.CACHES || part == StagePart.CONSUMERS ? Pos.TOP_LEFT : Pos.TOP_RIGHT;
    }

    public StageViewModel viewModel() {
        return vm;
    }

    /** The diagram control (its colours are CSS properties). */
    public StageCanvas canvas() {
        return canvas;
    }
}
