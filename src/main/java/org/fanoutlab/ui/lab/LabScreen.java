package org.fanoutlab.ui.lab;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.fanoutlab.content.scenario.ScenarioWriter;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.ui.stage.StageView;
import org.fanoutlab.ui.stage.StageViewModel;
import org.fanoutlab.ui.common.AppContext;
import org.fanoutlab.ui.lanes.LanesView;
import org.fanoutlab.ui.lanes.LanesViewModel;
import org.fanoutlab.ui.common.PresenterAction;
import org.fanoutlab.ui.common.ShellScreen;
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.lab.controls.LogControlView;
import org.fanoutlab.ui.lab.live.LabViewModel;
import org.fanoutlab.ui.lab.live.StageRun;
import org.fanoutlab.ui.lab.live.MetricsView;
import org.fanoutlab.ui.lab.live.ChartsView;
import org.fanoutlab.ui.lab.live.ControlsView;
import org.fanoutlab.ui.lab.live.Preset;
import org.fanoutlab.ui.lab.live.MetricsCsv;
import org.fanoutlab.ui.lab.compare.CompareDriver;
import org.fanoutlab.ui.lab.compare.CompareView;
import org.fanoutlab.ui.lab.compare.CompareViewModel;
import org.fanoutlab.ui.lab.sweep.SweepsView;
import org.fanoutlab.ui.lab.sweep.SweepsViewModel;

/**
 * The Lab: the stage in the middle, the controls on the left, live figures and charts below, plus compare mode
 * and the sweeps in their own tabs. The shell creates one, shows {@link #view()}, calls {@link #openPreset} for
 * {@code --lab PRESET} and lessons' "Open in the Lab", wires its File menu to the export methods, and calls
 * {@link #dispose()} when the screen goes away. FX thread only.
 */
public final class LabScreen implements ShellScreen {
    /** The view-model refresh period: five updates a second (the figures must move at least four times). */
    private static final Duration REFRESH = Duration.millis(200);
    private static final String FIRST_PRESET = "regular-push";
    /** How much of the height the stage gets over the figures: more on a projector, where the stage is the point. */
    private static final double STAGE_SHARE = 0.56;
    private static final double STAGE_SHARE_PRESENTING = 0.64;
    private SplitPane centre;

    private final AppContext ctx;
    private final StageRun stageRun;
    private final LabViewModel vm;
    private final CompareViewModel compare;
    private final SweepsViewModel sweeps;
    private final ExecutorService sweepThread;
    private final Timeline refresh;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Tab liveTab;
    private final Tab compareTab;
    private final Tab lanesTab;
    private LanesView lanesView;
    private final SplitPane liveSplit;
    private boolean compareStarted;

    public LabScreen(AppContext ctx) {
        this.ctx = ctx;
        Path presetsDir = ctx.course() == null ? null : ctx.course().scenariosDir();
        this.stageRun = new StageRun(StageViewModel::new);
        this.vm = new LabViewModel(stageRun, presetsDir);
        this.compare = new CompareViewModel(new CompareDriver());
        this.sweepThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fanout-lab-sweep");
            t.setDaemon(true);
            return t;
        });
        this.sweeps = new SweepsViewModel(sweepThread, Platform::runLater);
        loadFirstScenario();

        root.getStyleClass().add(LabStyles.ROOT);
        root.getStylesheets().add(LabScreen.class.getResource(LabStyles.STYLESHEET).toExternalForm());

        VBox below = new VBox();
        MetricsView metrics = new MetricsView(vm);
        ChartsView charts = new ChartsView(vm);
        HBox.setHgrow(charts, Priority.ALWAYS);
        HBox bottom = new HBox(12, metrics, charts);
        // Large type (zoom, presenter mode) can need more width than the window has: scroll, never overlap.
        ScrollPane bottomScroll = new ScrollPane(bottom);
        bottomScroll.setFitToWidth(true);
        bottomScroll.setFitToHeight(true);
        bottomScroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(bottomScroll, Priority.ALWAYS);
        below.getChildren().add(bottomScroll);
        SplitPane centre = new SplitPane(stageArea(), below);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(STAGE_SHARE);
        this.centre = centre;
        ControlsView controls = new ControlsView(vm);
        liveSplit = new SplitPane(controls, centre);
        liveSplit.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(controls, false);
        liveTab = new Tab("Live", liveSplit);
        compareTab = new Tab("Compare models", new CompareView(compare, this::startCompare));
        Tab sweepTab = new Tab("Sweeps", new SweepsView(sweeps, vm::scenario));
        lanesTab = new Tab("Delivery lanes");
        lanesTab.setId("lanes-tab");
        tabs.getTabs().addAll(liveTab, compareTab, sweepTab, lanesTab);
        showLanes();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setAccessibleText("Lab views: Live, Compare models, Sweeps, Delivery lanes");
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> tabChanged(b));
        // off screen (the learner went to a lesson): the stage stops with its frame timer; compare stops here
        root.sceneProperty().addListener((o, a, b) ->
                tabChanged(b == null ? null : tabs.getSelectionModel().getSelectedItem()));

        VBox top = new VBox(toolbar(centre), new ProblemBar(vm.fileProblems(), vm::dismissFileProblems),
                engineProblemBar());
        root.setTop(top);
        root.setCenter(tabs);

        refresh = new Timeline(new KeyFrame(REFRESH, e -> {
            vm.refresh();
            if (tabs.getSelectionModel().getSelectedItem() == compareTab) {
                compare.refresh();
            }
        }));
        refresh.setCycleCount(Animation.INDEFINITE);
        refresh.play();
    }

    /** The screen's root node. */
    @Override
    public Node view() {
        return root;
    }

    /**
     * Opens {@code lessons/scenarios/NAME.json} and runs it. A missing or broken preset is reported in the
     * lab's problem bar (file:line:col: message) and the current run goes on.
     */
    public void openPreset(String name) {
        if (vm.openPreset(name)) {
            tabs.getSelectionModel().select(showLanes() ? lanesTab : liveTab);
            status("Opened preset " + name);
        }
    }

    /**
     * {@code --lab PRESET --at SECONDS}: the run (stage and lanes alike) paused at that simulated moment, with the
     * figures and charts of a straight run to it.
     */
    public void pauseAt(double seconds) {
        StageViewModel s = stage();
        if (s != null) {
            s.pause();
            s.seek(seconds);
        }
        if (lanesView != null) {
            lanesView.viewModel().pause();
            lanesView.viewModel().seek(seconds);
        }
    }

    /** File ▸ Open scenario…: reads a scenario JSON file; problems are listed as the command line lists them. */
    public void openScenario(Window owner) {
        FileChooser chooser = jsonChooser("Open scenario");
        if (ctx.course() != null && Files.isDirectory(ctx.course().scenariosDir())) {
            chooser.setInitialDirectory(ctx.course().scenariosDir().toFile());
        }
        File f = chooser.showOpenDialog(owner);
        if (f != null && vm.openFile(f.toPath(), f.getName())) {
            tabs.getSelectionModel().select(showLanes() ? lanesTab : liveTab);
            status("Opened " + f.getName());
        }
    }

    /** File ▸ Save scenario…: writes the current settings, live changes included, as scenario JSON. */
    public void saveScenario(Window owner) {
        FileChooser chooser = jsonChooser("Save scenario");
        chooser.setInitialFileName(fileStem() + ".json");
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        try {
            writeScenario(f.toPath());
            status("Saved " + f.getName());
        } catch (IOException e) {
            status("Could not save " + f.getName() + ": " + e.getMessage());
        }
    }

    /** File ▸ Export metrics (CSV)…: the current figures under their DESIGN.md §2 names. */
    public void exportMetricsCsv(Window owner) {
        Metrics m = vm.metricsProperty().get();
        if (m == null) {
            status("No figures yet: the run has not published any.");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export metrics as CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName(fileStem() + "-metrics.csv");
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        try {
            writeMetricsCsv(m, f.toPath());
            status("Saved " + f.getName());
        } catch (IOException e) {
            status("Could not save " + f.getName() + ": " + e.getMessage());
        }
    }

    /** File ▸ Export picture (PNG)…: what the current tab shows (stage, figures and charts on the Live tab). */
    public void exportPng(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export picture");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(fileStem() + ".png");
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        try {
            writePng(f.toPath());
            status("Saved " + f.getName());
        } catch (IOException e) {
            status("Could not save " + f.getName() + ": " + e.getMessage());
        }
    }

    /** The current scenario, live changes included, as scenario JSON. */
    void writeScenario(Path file) throws IOException {
        ScenarioWriter.write(vm.scenario(), file);
    }

    void writeMetricsCsv(Metrics m, Path file) throws IOException {
        Files.writeString(file, MetricsCsv.format(m), StandardCharsets.UTF_8);
    }

    /** A picture of the selected tab (FX thread). */
    void writePng(Path file) throws IOException {
        PngExport.write(tabs.getSelectionModel().getSelectedItem().getContent(), file);
    }

    /** Presenter mode: the stage takes most of the height (the figures stay visible below it). */
    public void setPresenting(boolean on) {
        centre.setDividerPositions(on ? STAGE_SHARE_PRESENTING : STAGE_SHARE);
        if (on && lanesView != null && tabs.getSelectionModel().getSelectedItem() == lanesTab) {
            lanesView.focusLanes(); // Space plays the lanes at once
        }
    }

    /** A presenter's clicker (Page Down, Page Up, B): acts on the animation on screen. */
    public void remote(PresenterAction action) {
        if (tabs.getSelectionModel().getSelectedItem() == lanesTab && lanesView != null) {
            LanesViewModel lanes = lanesView.viewModel();
            switch (action) {
                case STEP -> lanes.step();
                case PLAY_PAUSE -> lanes.togglePlay();
                case PAUSE -> lanes.pause();
                default -> throw new IllegalArgumentException(action.name());
            }
            return;
        }
        StageViewModel s = stage();
        if (s == null) {
            return;
        }
        tabs.getSelectionModel().select(liveTab);
        switch (action) {
            case STEP -> s.step();
            case PLAY_PAUSE -> s.togglePlay();
            case PAUSE -> s.pause();
            default -> throw new IllegalArgumentException(action.name());
        }
    }

    /**
     * Puts the current scenario's delivery lanes in the lanes tab (a new lanes run), or says how to get some.
     *
     * @return whether the scenario has lanes
     */
    private boolean showLanes() {
        if (lanesView != null) {
            lanesView.dispose();
            lanesView = null;
        }
        Scenario sc = vm.scenario();
        if (sc == null || sc.lanes().isEmpty()) {
            Label none = new Label("This scenario has no delivery lanes. Open a lanes preset (for example "
                    + "lanes-all or lanes-kafka-consumers) to compare short and long polling, server push, "
                    + "webhooks, IMAP IDLE and queues on one stream of posts.");
            none.setWrapText(true);
            none.setMaxWidth(620);
            none.getStyleClass().add(LabStyles.HINT);
            lanesTab.setContent(new StackPane(none));
            return false;
        }
        lanesView = new LanesView(LanesViewModel.forScenario(sc));
        lanesView.setId("lab-lanes");
        lanesTab.setContent(lanesView);
        return true;
    }

    /** Stops the engine threads and the refresh timer; the screen cannot be used afterwards. */
    @Override
    public void dispose() {
        if (lanesView != null) {
            lanesView.dispose();
        }
        refresh.stop();
        sweeps.cancel();
        sweepThread.shutdownNow();
        compare.close();
        vm.close();
    }

    private void loadFirstScenario() {
        if (vm.preset(FIRST_PRESET).isPresent() && vm.openPreset(FIRST_PRESET)) {
            return;
        }
        for (Preset p : vm.presets()) {
            if (vm.openPreset(p.name())) {
                return;
            }
        }
        vm.dismissFileProblems();
        vm.load(LabViewModel.fallbackScenario(), "built-in example");
    }

    private ToolBar toolbar(SplitPane centre) {
        MenuButton presets = new MenuButton("Presets");
        presets.setId("presets");
        for (Preset p : vm.presets()) {
            Label item = new Label(p.name() + "  —  " + p.title());
            if (!p.description().isBlank()) {
                item.setTooltip(LogControlView.tooltip(p.description()));
            }
            CustomMenuItem mi = new CustomMenuItem(item);
            mi.setId("preset-" + p.name());
            mi.setOnAction(e -> openPreset(p.name()));
            presets.getItems().add(mi);
        }
        if (vm.presets().isEmpty()) {
            MenuItem none = new MenuItem("No presets found in lessons/scenarios/");
            none.setDisable(true);
            presets.getItems().add(none);
        }
        Button open = new Button("Open…");
        open.setOnAction(e -> openScenario(window()));
        Button save = new Button("Save…");
        save.setOnAction(e -> saveScenario(window()));
        MenuButton export = new MenuButton("Export");
        MenuItem csv = new MenuItem("Metrics as CSV…");
        csv.setOnAction(e -> exportMetricsCsv(window()));
        MenuItem png = new MenuItem("Picture of this tab (PNG)…");
        png.setOnAction(e -> exportPng(window()));
        export.getItems().addAll(csv, png);

        ToggleButton showCharts = new ToggleButton("Figures and charts");
        showCharts.setSelected(true);
        showCharts.setId("toggle-charts");
        showCharts.setTooltip(LogControlView.tooltip("Show or hide the figures and charts under the stage. "
                + "You can also drag the divider."));
        showCharts.setOnAction(e -> centre.setDividerPositions(showCharts.isSelected() ? STAGE_SHARE : 1.0));
        Label source = new Label();
        source.getStyleClass().add(LabStyles.CLOCK);
        source.textProperty().bind(vm.sourceProperty());
        ToolBar bar = new ToolBar(presets, open, save, export, new Separator(), showCharts, new Separator(),
                source);
        bar.getStyleClass().add(LabStyles.TOOLBAR);
        return bar;
    }

    private Node engineProblemBar() {
        Label l = new Label();
        l.getStyleClass().add(LabStyles.ERROR_TEXT);
        l.setId("engine-problem");
        l.textProperty().bind(vm.engineProblemProperty());
        l.visibleProperty().bind(vm.engineProblemProperty().isNotNull());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** The stage of the current run; a new scenario (preset, file, seed) brings a new stage. */
    private Node stageArea() {
        StackPane area = new StackPane();
        area.getStyleClass().add(LabStyles.STAGE_AREA);
        area.setMinHeight(160);
        showStage(area, stageRun.stageProperty().get());
        stageRun.stageProperty().addListener((o, a, b) -> showStage(area, b));
        return area;
    }

    private static void showStage(StackPane area, StageViewModel stage) {
        if (stage == null) {
            area.getChildren().clear();
            return;
        }
        StageView view = new StageView(stage);
        view.setId("lab-stage");
        area.getChildren().setAll(view);
    }

    /** The lab's view-model (the FPS probe counts its metric updates). */
    LabViewModel viewModel() {
        return vm;
    }

    /** How many batches of live changes went to the engine (the FPS probe reports it). */
    int batchesSent() {
        return stageRun.batchesSent();
    }

    /** The stage of the current run (the FPS probe and tests watch it). */
    StageViewModel stage() {
        return stageRun.stageProperty().get();
    }

    private void tabChanged(Tab selected) {
        if (selected == compareTab) {
            if (!compareStarted) {
                startCompare();
            }
            compare.setSpeed(stageRun.speed());
        } else {
            // nobody is looking: stop spending two cores on three engines
            compare.setSpeed(0);
        }
    }

    private void startCompare() {
        compareStarted = true;
        compare.setSpeed(stageRun.speed());
        compare.start(vm.scenario());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private String fileStem() {
        String s = vm.sourceProperty().get();
        return s == null || s.isBlank() ? "lab" : s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceFirst("\\.json$", "");
    }

    private FileChooser jsonChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (JSON)", "*.json"));
        return chooser;
    }

    private void status(String message) {
        if (ctx.navigator() != null) {
            ctx.navigator().status(message);
        }
    }
}
