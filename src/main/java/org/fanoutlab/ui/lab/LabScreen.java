package org.fanoutlab.ui.lab;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.common.AppContext;
import org.fanoutlab.ui.common.DialogService;
import org.fanoutlab.ui.common.JavaFxDialogService;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.PresenterAction;
import org.fanoutlab.ui.common.ShellScreen;
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.lab.common.LabThreads;
import org.fanoutlab.ui.lab.compare.CompareDriver;
import org.fanoutlab.ui.lab.controls.CostWeightsViewModel;
import org.fanoutlab.ui.lab.controls.LogControlView;
import org.fanoutlab.ui.lab.compare.CompareView;
import org.fanoutlab.ui.lab.compare.CompareViewModel;
import org.fanoutlab.ui.lab.live.ChartsView;
import org.fanoutlab.ui.lab.live.ControlsView;
import org.fanoutlab.ui.lab.live.LabViewModel;
import org.fanoutlab.ui.lab.live.MetricsView;
import org.fanoutlab.ui.lab.live.StageRun;
import org.fanoutlab.ui.lab.sweep.SweepsView;
import org.fanoutlab.ui.lab.sweep.SweepsViewModel;
import org.fanoutlab.ui.common.CheckpointGuide;
import org.fanoutlab.ui.quiz.CheckpointOverlay;
import org.fanoutlab.ui.lanes.LanesViewModel;
import org.fanoutlab.ui.quiz.QuizPanel;
import org.fanoutlab.ui.stage.StageViewModel;

/**
 * The Lab: the stage in the middle, the controls on the left, live figures and charts below, plus compare mode,
 * the sweeps and the delivery lanes in their own tabs. This class only puts the views together and wires the
 * shell to them; the work is the view-models'. The shell creates one, shows {@link #view()}, calls
 * {@link #openPreset} for {@code --lab PRESET} and lessons' "Open in the Lab", wires its File menu to the
 * export methods, and calls {@link #dispose()} when the screen goes away. FX thread only.
 */
public final class LabScreen implements ShellScreen {
    /** The view-model refresh period: five updates a second (the figures must move at least four times). */
    private static final Duration REFRESH = Duration.millis(200);
    /** How much of the height the stage gets over the figures: more on a projector, where the stage is the point. */
    private static final double STAGE_SHARE = 0.56;
    private static final double STAGE_SHARE_PRESENTING = 0.64;

    private final AppContext ctx;
    private final LabThreads threads = new LabThreads();
    private final StageRun stageRun = new StageRun(StageViewModel::new);
    private final LabViewModel vm;
    /** One set of cost weights for compare mode and the threshold sweep: set once, used by both. */
    private final CostWeightsViewModel weights = new CostWeightsViewModel();
    private final CompareViewModel compare;
    private final SweepsViewModel sweeps;
    private final Timeline refresh;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final SplitPane centre;
    private final Tab liveTab;
    private final Tab compareTab;
    private final LanesTab lanesTab;
    private final StageArea stageArea;
    /** The checkpoints of the lesson that asked for the preset being opened, or null. */
    private LabGuide guideWanted;
    /** {@code --at}: the moment to pause at once the preset being opened is shown. */
    private Double pendingAt;
    private boolean compareStarted;
    private boolean presenting;

    public LabScreen(AppContext ctx) {
        this(ctx, null);
    }

    /** @param dialogs the file dialogs and alerts; null for the JavaFX ones over this screen's window */
    LabScreen(AppContext ctx, DialogService dialogs) {
        this.ctx = ctx;
        DialogService d = dialogs != null ? dialogs : new JavaFxDialogService(this::window, this::status);
        Path presetsDir = ctx.course() == null ? null : ctx.course().scenariosDir();
        Executor fx = Platform::runLater;
        Executor opener = threads.worker("open");
        this.vm = new LabViewModel(stageRun, presetsDir, d, opener, fx);
        this.lanesTab = new LanesTab(opener, fx);
        this.compare = new CompareViewModel(new CompareDriver(), weights.weightsProperty());
        this.sweeps = new SweepsViewModel(threads.worker("sweep"), fx, weights.weightsProperty());

        root.getStyleClass().add(LabStyles.ROOT.css());
        root.getStylesheets().add(LabScreen.class.getResource(LabStyles.STYLESHEET).toExternalForm());
        stageArea = new StageArea(stageRun, vm);
        centre = new SplitPane(stageArea, figures());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(STAGE_SHARE);
        ControlsView controls = new ControlsView(vm);
        // the controls wait while the next scenario is built: a change made now would be lost with the old run
        controls.disableProperty().bind(vm.busyProperty());
        // A lesson's checkpoint cards lie over the stage and the figures: a question needs more room than the stage.
        CheckpointOverlay cards = new CheckpointOverlay(centre);
        stageArea.setCards(cards);
        SplitPane liveSplit = new SplitPane(controls, cards);
        liveSplit.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(controls, false);
        liveTab = new Tab(Messages.get("lab.tab.live"), liveSplit);
        compareTab = new Tab(Messages.get("lab.tab.compare"),
                scrolling(new CompareView(compare, weights, this::startCompare)));
        Tab sweepTab = new Tab(Messages.get("lab.tab.sweeps"), scrolling(new SweepsView(sweeps, weights, vm::scenario)));
        tabs.getTabs().addAll(liveTab, compareTab, sweepTab, lanesTab);
        lanesTab.show(null);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setAccessibleText(Messages.get("lab.tabs.accessible"));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> tabChanged(b));
        // off screen (the learner went to a lesson): the stage stops with its frame timer; compare stops here
        root.sceneProperty().addListener((o, a, b) ->
                tabChanged(b == null ? null : tabs.getSelectionModel().getSelectedItem()));

        LabToolbar toolbar = new LabToolbar(vm, new LabToolbar.Actions() {
            @Override
            public void exportPng() {
                LabScreen.this.exportPng();
            }

            @Override
            public void showFigures(boolean shown) {
                centre.setDividerPositions(shown ? STAGE_SHARE : 1.0);
            }
        });
        root.setTop(new VBox(toolbar, new ProblemBar(vm.fileProblems(), vm::dismissFileProblems),
                problemLine("engine-problem", vm.figures().engineProblemProperty()),
                problemLine("budget-refusal", vm.refusalProperty())));
        root.setCenter(tabs);

        vm.setOnOpened(this::opened);
        vm.openFirst();
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
     * Opens {@code lessons/scenarios/NAME.json} and runs it, built in the background. A missing or broken
     * preset is reported in the lab's problem bar (file:line:col: message) and the current run goes on.
     */
    public void openPreset(String name) {
        guideWanted = null;
        vm.openPreset(name);
    }

    /**
     * Opens a preset for a lesson (its "Open in the Lab", presenter mode): as {@link #openPreset(String)}, and the
     * run stops at the checkpoints the lesson's lab block sets on it, with the cards the lesson shows.
     */
    public void openPreset(String name, String lessonId) {
        guideWanted = LabGuide.of(ctx.course(), lessonId, name,
                quiz -> new QuizPanel(ctx, lessonId, quiz)).orElse(null);
        vm.openPreset(name);
    }

    /**
     * {@code --lab PRESET --at SECONDS}: the run (stage and lanes alike) paused at that simulated moment, with the
     * figures and charts of a straight run to it.
     */
    public void pauseAt(double seconds) {
        // the preset is still being built in the background: the moment waits for it
        pendingAt = seconds;
        if (!vm.busyProperty().get()) {
            applyPendingAt();
        }
    }

    private void applyPendingAt() {
        if (pendingAt == null) {
            return;
        }
        double seconds = pendingAt;
        pendingAt = null;
        StageViewModel s = stage();
        if (s != null) {
            s.pause();
            s.seek(seconds);
        }
        lanesTab.pauseAt(seconds);
    }

    /** File ▸ Open scenario…: reads a scenario JSON file; problems are listed as the command line lists them. */
    public void openScenario() {
        vm.openScenario();
    }

    /** File ▸ Save scenario…: writes the current settings, live changes included, as scenario JSON. */
    public void saveScenario() {
        vm.saveScenario();
    }

    /** File ▸ Export metrics (CSV)…: the current figures under their report names. */
    public void exportMetricsCsv() {
        vm.exportMetricsCsv();
    }

    /** File ▸ Export picture (PNG)…: what the current tab shows (stage, figures and charts on the Live tab). */
    public void exportPng() {
        vm.exportPng(file -> PngExport.write(tabs.getSelectionModel().getSelectedItem().getContent(), file));
    }

    /** Presenter mode: the stage takes most of the height (the figures stay visible below it). */
    public void setPresenting(boolean on) {
        presenting = on;
        centre.setDividerPositions(on ? STAGE_SHARE_PRESENTING : STAGE_SHARE);
        if (on && tabs.getSelectionModel().getSelectedItem() == lanesTab) {
            lanesTab.focusLanes(); // Space plays the lanes at once
        }
    }

    /** A presenter's clicker (Page Down, Page Up, B): acts on the animation on screen. */
    public void remote(PresenterAction action) {
        if (tabs.getSelectionModel().getSelectedItem() == lanesTab && lanesTab.remote(action)) {
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

    /** Stops the engine threads and the refresh timer; the screen cannot be used afterwards. */
    @Override
    public void dispose() {
        lanesTab.dispose();
        refresh.stop();
        vm.cancelOpening();
        sweeps.cancel();
        threads.close();
        compare.close();
        vm.close();
    }

    /**
     * A new language (docs/decisions/0011-ui-language.md): a Lab built in it that runs the same scenario, live
     * changes included, from the same source, on the same tab, at the same moment (paused or playing as here) and
     * with the same cost weights; compare mode and the sweeps are computed again there. While a scenario is still
     * being opened there is no settled state to hand over, so this Lab is kept until the next start.
     */
    @Override
    public ShellScreen relocalized(Supplier<? extends ShellScreen> rebuild) {
        LabState state = state();
        if (state == null) {
            return this;
        }
        ShellScreen next = rebuild.get();
        if (next instanceof LabScreen fresh) {
            fresh.adopt(state);
        }
        return next;
    }

    /** What the learner has here, or null while a scenario is being opened (or none is shown yet). */
    LabState state() {
        Scenario s = vm.scenario();
        if (s == null || vm.busyProperty().get()) {
            return null;
        }
        StageViewModel st = stage();
        LanesViewModel lanes = lanesTab.lanes();
        return new LabState(s, vm.sourceProperty().get(), st == null ? 0 : st.getSimSeconds(),
                st != null && st.isPlaying(), st == null ? 0 : st.getSpeed(),
                lanes == null ? null : lanes.simSecondsProperty().get(), lanes != null && lanes.playingProperty().get(),
                lanes == null ? 0 : lanes.speedProperty().get(), tabs.getSelectionModel().getSelectedIndex(),
                weights.weightsProperty().get(), presenting);
    }

    /** Takes over {@code state} from the Lab this one replaces: loads its scenario and restores the rest when shown. */
    void adopt(LabState state) {
        guideWanted = null;
        weights.set(state.weights());
        setPresenting(state.presenting());
        vm.load(state.scenario(), state.source());
        // load() does not call opened(); the run is shown when the busy state ends
        vm.busyProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    vm.busyProperty().removeListener(this);
                    restore(state);
                }
            }
        });
    }

    private void restore(LabState state) {
        if (vm.scenario() != state.scenario()) {
            return; // the load failed or was overtaken by another open: its own result is on show
        }
        lanesTab.show(state.scenario());
        tabs.getSelectionModel().select(state.tab());
        pendingAt = state.at();
        applyPendingAt();
        StageViewModel s = stage();
        if (s != null && state.speed() > 0) {
            s.setSpeed(state.speed());
        }
        if (state.playing() && s != null) {
            s.play();
        }
        if (state.lanesAt() != null) {
            // the lanes keep their own moment and speed, which may differ from the stage's
            lanesTab.resumeAt(state.lanesAt(), state.lanesPlaying(), state.lanesSpeed());
        }
    }

    /** A scenario from a preset or a file: its lanes, if it has any, are what it is about. */
    private void opened(Scenario s) {
        // A lesson's checkpoints go with the preset it asked for (the Lab's first preset may still be arriving);
        // anything opened after that runs without them.
        LabGuide g = guideWanted != null && guideWanted.preset().equals(vm.sourceProperty().get()) ? guideWanted : null;
        if (g != null) {
            guideWanted = null;
        }
        boolean lanes = lanesTab.show(s, g);
        stageArea.setGuide(lanes ? null : g);
        tabs.getSelectionModel().select(lanes ? lanesTab : liveTab);
        applyPendingAt();
    }

    /** The lesson's checkpoints over the run on show (stage or lanes), or null (tests). */
    CheckpointGuide<?> guide() {
        return tabs.getSelectionModel().getSelectedItem() == lanesTab ? lanesTab.guide() : stageArea.guide();
    }

    /** The figures and charts under the stage. */
    private Node figures() {
        ChartsView charts = new ChartsView(vm.figures());
        HBox.setHgrow(charts, Priority.ALWAYS);
        HBox bottom = new HBox(12, new MetricsView(vm.figures()), charts);
        return scrolling(bottom);
    }

    /**
     * Fills the space it is given, and scrolls when large type (zoom, presenter mode) needs more room than the
     * window has: never clipped, never overlapping.
     */
    static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add(LabStyles.EDGE_TO_EDGE);
        return scroll;
    }

    private static Node problemLine(String id, ReadOnlyStringProperty text) {
        Label l = LogControlView.errorLine(text);
        l.setId(id);
        return l;
    }

    /** The lab's view-model (the FPS probe counts its metric updates). */
    LabViewModel viewModel() {
        return vm;
    }

    /** The cost weights compare mode and the sweeps share (tests set them). */
    CostWeightsViewModel weights() {
        return weights;
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
        Scenario s = vm.scenario();
        if (s == null) {
            return;
        }
        compareStarted = true;
        compare.setSpeed(stageRun.speed());
        compare.start(s);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void status(String message) {
        if (ctx.navigator() != null) {
            ctx.navigator().status(message);
        }
    }
}
