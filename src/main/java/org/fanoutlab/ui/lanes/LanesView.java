package org.fanoutlab.ui.lanes;

import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fanoutlab.engine.lanes.OnFull;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.TimelineBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;

/**
 * The delivery lanes screen: one producer feeding several consumers, each learning of new data its own way.
 * Title and transport on top, the animated lanes and their table in the middle, each lane's live controls on the
 * right. The view only builds nodes, binds, and forwards events to {@link LanesViewModel}; call
 * {@link #dispose()} when it leaves the screen (stops the frame loop and the engine worker).
 */
public final class LanesView extends BorderPane {
    private final LanesViewModel vm;
    private final LanesCanvas canvas;
    private final AnimationTimer timer;

    public LanesView(LanesViewModel vm) {
        this(vm, false, true);
    }

    /**
     * @param controlsBelow for a slot wider than tall (a lesson's lab card): the live controls go under the lanes,
     *                      side by side, so the lanes keep the full width
     */
    public LanesView(LanesViewModel vm, boolean controlsBelow) {
        this(vm, controlsBelow, true);
    }

    /** A lanes view whose frames come from {@link #frameAt(long)}: tests drive it with a test clock. */
    static LanesView drivenByTest(LanesViewModel vm) {
        return new LanesView(vm, false, false);
    }

    private LanesView(LanesViewModel vm, boolean controlsBelow, boolean ownClock) {
        this.vm = vm;
        getStyleClass().add(LanesStyles.VIEW.css());
        getStylesheets().add(LanesView.class.getResource(LanesStyles.STYLESHEET).toExternalForm());
        getStylesheets().add(TimelineBar.class.getResource("tokens.css").toExternalForm());
        setId("lanes-view");

        canvas = new LanesCanvas(vm);
        canvas.setId("lanes-canvas");
        VBox.setVgrow(canvas, Priority.ALWAYS);
        TimelineBar timeline = new TimelineBar(vm.simSecondsProperty(), vm.durationSeconds(), vm::seek, vm::jump,
                LanesViewModel::hms);
        timeline.setId("lanes-timeline");
        timeline.slider().setId("lanes-timeline-slider");
        timeline.setStops(vm.checkpoints().stops());
        VBox center = new VBox(canvas, timeline, legend(), table());
        setTop(header());
        setCenter(center);
        if (controlsBelow) {
            setBottom(controlsBelow());
        } else {
            setRight(controls());
        }
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.frame(now);
                canvas.render();
            }
        };
        if (ownClock) {
            timer.start();
        }
    }

    /** One frame at {@code nanos} of a test clock (see {@link #drivenByTest}). */
    void frameAt(long nanos) {
        vm.frame(nanos);
        canvas.render();
    }

    public LanesViewModel viewModel() {
        return vm;
    }

    /** Gives the keyboard to the lanes (presenter mode: Space plays at once). */
    public void focusLanes() {
        canvas.requestFocus();
    }

    /**
     * Space plays or pauses, → steps, Home / End go to the start / end, Shift+← / Shift+→ jump, wherever the
     * focus is in the view; buttons and text fields keep their own Space.
     */
    private void onKey(KeyEvent e) {
        KeyCode k = e.getCode();
        if (e.getTarget() instanceof ButtonBase || e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (e.isShiftDown() && (k == KeyCode.LEFT || k == KeyCode.RIGHT)) {
            vm.jump(k == KeyCode.RIGHT ? 1 : -1);
        } else if (k == KeyCode.SPACE) {
            vm.togglePlay();
        } else if (k == KeyCode.HOME) {
            vm.seekToStart();
        } else if (k == KeyCode.END) {
            vm.seekToEnd();
        } else if (k == KeyCode.RIGHT && !(e.getTarget() instanceof Slider)) {
            vm.step();
        } else {
            return;
        }
        e.consume();
    }

    /** Stops the frame loop and the engine worker; the view shows its last frame. */
    public void dispose() {
        timer.stop();
        vm.dispose();
    }

    private VBox header() {
        Label title = new Label();
        title.setText(vm.scenario().name());
        title.getStyleClass().add(LanesStyles.TITLE.css());

        Button play = new Button();
        play.setId("lanes-play");
        play.textProperty().bind(Bindings.when(vm.playingProperty()).then(Messages.get("lanes.pause"))
                .otherwise(Messages.get("lanes.play")));
        play.setOnAction(e -> vm.togglePlay());
        play.setDefaultButton(true);
        play.setTooltip(new Tooltip(Messages.get("lanes.play.tip")));
        Button step = new Button(Messages.get("lanes.step"));
        step.setId("lanes-step");
        step.setOnAction(e -> vm.step());
        step.setTooltip(new Tooltip(Messages.get("lanes.step.tip")));
        Button reset = new Button(Messages.get("lanes.reset"));
        reset.setId("lanes-reset");
        reset.setOnAction(e -> vm.reset());
        reset.setTooltip(new Tooltip(Messages.get("lanes.reset.tip")));

        Slider speed = new Slider(0, 1, vm.speedPosition());
        speed.setId("lanes-speed");
        speed.setPrefWidth(160);
        speed.valueProperty().addListener((o, a, b) -> vm.setSpeedPosition(b.doubleValue()));
        speed.setTooltip(new Tooltip(Messages.get("lanes.speed.tip")));
        Label speedText = new Label();
        speedText.textProperty().bind(vm.speedTextProperty());
        speedText.getStyleClass().add(LanesStyles.SPEED.css());
        Label time = new Label();
        time.setId("lanes-time");
        time.textProperty().bind(vm.clockTextProperty());
        time.getStyleClass().add(LanesStyles.TIME.css());

        // In a narrow slot (the Lab's tab, a small window) the slider gives way; buttons and words never truncate.
        Label speedLabel = new Label(Messages.get("lanes.speed"));
        speedLabel.setLabelFor(speed);
        for (Region r : new Region[] {play, step, reset, speedLabel, speedText, time}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        speed.setMinWidth(60);
        speed.setAccessibleText(Messages.get("lanes.speed"));
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox transport = new HBox(play, step, reset, speedLabel, speed, speedText, spacer, time);
        transport.getStyleClass().add(LanesStyles.TRANSPORT.css());
        VBox top = new VBox(title, transport);
        top.getStyleClass().add(LanesStyles.HEADER.css());

        Label description = new Label();
        description.setText(vm.scenario().description());
        description.getStyleClass().add(LanesStyles.DESCRIPTION.css());
        description.setMinHeight(Region.USE_PREF_SIZE);

        Label problem = new Label();
        problem.textProperty().bind(vm.errorProperty());
        problem.getStyleClass().add(LanesStyles.PROBLEM.css());
        problem.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return new VBox(top, description, problem);
    }

    private FlowPane legend() {
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add(LanesStyles.LEGEND.css());
        for (LaneToken s : LaneToken.ALL) {
            Canvas glyph = new Canvas(16, 16);
            Runnable draw = () -> {
                glyph.getGraphicsContext2D().clearRect(0, 0, 16, 16);
                LanesCanvasSkin.drawGlyph(glyph.getGraphicsContext2D(), s, canvas.tokenColor(s.role()), 8, 8);
            };
            draw.run();
            canvas.onTokenColors(draw); // the theme's token colours, as on the canvas
            Label item = new Label(s.label(), glyph);
            item.getStyleClass().add(LanesStyles.LEGEND_ITEM.css());
            legend.getChildren().add(item);
        }
        return legend;
    }

    private TableView<LaneRow> table() {
        TableView<LaneRow> table = new TableView<>(vm.rows());
        table.setId("lanes-table");
        table.getStyleClass().add(LanesStyles.TABLE.css());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("lanes.col.lane", LaneRow::nameProperty, 215, false));
        table.getColumns().add(column("lanes.col.requests", figure(LaneRow.Figure.REQUESTS), 96, true));
        table.getColumns().add(column("lanes.col.empty", figure(LaneRow.Figure.EMPTY_ANSWERS), 76, true));
        table.getColumns().add(column("lanes.col.open", figure(LaneRow.Figure.OPEN), 72, true));
        table.getColumns().add(column("lanes.col.latency", figure(LaneRow.Figure.LATENCY), 235, true));
        table.getColumns().add(column("lanes.col.drops", figure(LaneRow.Figure.DROPS), 72, true));
        table.getColumns().add(column("lanes.col.lag", figure(LaneRow.Figure.LAG), 120, true));
        table.getColumns().add(column("lanes.col.also", figure(LaneRow.Figure.OTHER), 270, false));
        table.setFixedCellSize(26);
        table.prefHeightProperty().bind(Bindings.size(vm.rows()).multiply(26).add(60));
        // In a small slot (a lesson's lab block) the table gives way first and scrolls its own rows.
        table.setMinHeight(26 * Math.min(3, vm.laneCount()) + 60);
        return table;
    }

    /**
     * What a header needs: its text, plus half an em each side twice (the theme pads the column header's label and,
     * as it is a label inside a column header too, ours), plus the header's border and grid padding.
     */
    private static double headerWidth(Label label) {
        Text t = new Text(label.getText());
        t.setFont(label.getFont());
        return Math.ceil(t.getLayoutBounds().getWidth() + 2 * label.getFont().getSize() + 12);
    }

    private static Function<LaneRow, ObservableValue<String>> figure(LaneRow.Figure f) {
        return row -> row.text(f);
    }

    private static TableColumn<LaneRow, String> column(String key, Function<LaneRow, ObservableValue<String>> f,
            double width, boolean number) {
        TableColumn<LaneRow, String> c = new TableColumn<>();
        Label header = new Label(Messages.get(key));
        header.setTooltip(new Tooltip(Messages.get(key + ".tip")));
        c.setGraphic(header);
        c.setCellValueFactory(cd -> f.apply(cd.getValue()));
        // Never narrower than its header in the font it has (presenter mode enlarges it, a translation lengthens
        // it): a header cut to "Petici…" says nothing. Measured on the text itself, since the label has no skin
        // (and so no preferred width) until the table is shown. A narrow window scrolls the table instead.
        c.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(width, headerWidth(header)), header.fontProperty(),
                header.textProperty()));
        c.setPrefWidth(width);
        c.setSortable(false);
        if (number) {
            c.getStyleClass().add(LanesStyles.NUMBER.css());
        }
        return c;
    }

    private ScrollPane controls() {
        VBox box = new VBox();
        box.getStyleClass().add(LanesStyles.CONTROLS.css());
        Label heading = new Label(Messages.get("lanes.params.heading"));
        heading.getStyleClass().add(LanesStyles.CONTROLS_TITLE.css());
        box.getChildren().addAll(heading, producerPane());
        for (int i = 0; i < vm.laneCount(); i++) {
            box.getChildren().add(lanePane(i));
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(300);
        scroll.setMinWidth(260);
        BorderPane.setMargin(scroll, new Insets(0, 0, 0, 8));
        return scroll;
    }

    private ScrollPane controlsBelow() {
        HBox panes = new HBox(8, producerPane());
        for (int i = 0; i < vm.laneCount(); i++) {
            panes.getChildren().add(lanePane(i));
        }
        panes.getChildren().forEach(p -> ((TitledPane) p).setPrefWidth(250));
        Label heading = new Label(Messages.get("lanes.params.heading"));
        heading.getStyleClass().add(LanesStyles.CONTROLS_TITLE.css());
        VBox box = new VBox(heading, panes);
        box.getStyleClass().add(LanesStyles.CONTROLS.css());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // As tall as the tallest lane's controls; only a row too wide for the slot scrolls (sideways).
        scroll.prefViewportHeightProperty().bind(box.heightProperty());
        scroll.setMinHeight(Region.USE_PREF_SIZE);
        BorderPane.setMargin(scroll, new Insets(8, 0, 0, 0));
        return scroll;
    }

    private TitledPane producerPane() {
        Label name = new Label(Messages.get("lanes.param.postsPerHour"));
        name.getStyleClass().add(LanesStyles.PARAM_NAME.css());
        Label value = new Label();
        value.textProperty().bind(vm.postsPerHourTextProperty());
        value.getStyleClass().add(LanesStyles.PARAM_VALUE.css());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Slider slider = new Slider(0, 1, vm.postsPerHourPosition());
        slider.setId("lanes-posts-per-hour");
        slider.valueProperty().addListener((o, a, b) -> vm.setPostsPerHourPosition(b.doubleValue()));
        Tooltip tip = new Tooltip(Messages.get("lanes.producer.tip"));
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        name.setTooltip(tip);
        slider.setTooltip(tip);
        TitledPane pane = new TitledPane(Messages.get("lanes.producer"), new VBox(2, new HBox(8, name, gap, value), slider));
        pane.getStyleClass().add(LanesStyles.LANE_PANE.css());
        return pane;
    }

    private TitledPane lanePane(int lane) {
        LaneRow row = vm.rows().get(lane);
        VBox content = new VBox(2);
        for (ParamControl c : vm.controls(lane)) {
            Label name = new Label(c.label());
            name.getStyleClass().add(LanesStyles.PARAM_NAME.css());
            name.setWrapText(true); // a narrow column (presenter mode's large type) wraps the name, never cuts it
            name.setMinHeight(Region.USE_PREF_SIZE);
            Label value = new Label();
            value.textProperty().bind(c.textProperty());
            value.getStyleClass().add(LanesStyles.PARAM_VALUE.css());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox line = new HBox(8, name, gap, value);
            Slider slider = new Slider(0, 1, c.position());
            slider.setId("lane-" + lane + "-" + c.param().id());
            slider.valueProperty().addListener((o, a, b) -> vm.setParameterPosition(lane, c.param(), b.doubleValue()));
            Tooltip tip = new Tooltip(c.help());
            tip.setWrapText(true);
            tip.setMaxWidth(320);
            tip.setShowDelay(Duration.millis(300));
            name.setTooltip(tip);
            slider.setTooltip(tip);
            content.getChildren().addAll(line, slider);
        }
        if (vm.onFullProperty(lane).get() != null) {
            ToggleGroup group = new ToggleGroup();
            RadioButton drop = new RadioButton(Messages.get("lanes.drop"));
            drop.setId("lane-" + lane + "-onFull-drop");
            drop.setTooltip(new Tooltip(Messages.get("lanes.drop.tip")));
            RadioButton block = new RadioButton(Messages.get("lanes.block"));
            block.setId("lane-" + lane + "-onFull-block");
            block.setTooltip(new Tooltip(Messages.get("lanes.block.tip")));
            drop.setToggleGroup(group);
            block.setToggleGroup(group);
            group.selectToggle(vm.onFullProperty(lane).get() == OnFull.BLOCK ? block : drop);
            drop.setOnAction(e -> vm.setOnFull(lane, OnFull.DROP));
            block.setOnAction(e -> vm.setOnFull(lane, OnFull.BLOCK));
            Label name = new Label(Messages.get("lanes.param.onFull"));
            name.getStyleClass().add(LanesStyles.PARAM_NAME.css());
            // The choice on its own line: a narrow column keeps every word.
            content.getChildren().addAll(name, new HBox(10, drop, block));
        }
        TitledPane pane = new TitledPane();
        pane.textProperty().bind(row.nameProperty());
        pane.setContent(content);
        pane.getStyleClass().add(LanesStyles.LANE_PANE.css());
        pane.setTooltip(new Tooltip(row.type().title() + " (" + row.type().model() + ")"));
        return pane;
    }
}
