package org.fanoutlab.ui.classroom;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.fanoutlab.ui.common.DialogService;
import org.fanoutlab.ui.common.JavaFxDialogService;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.Navigator;
import org.fanoutlab.ui.common.ShellScreen;
import org.fanoutlab.ui.quiz.QuizStyles;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The instructor's class panel: before a session, how to start one; during it, the join link, QR code and code for
 * the room, the quiz to ask, the live results (bars, parts or a dot plot), the reveal, and the room's own traffic;
 * after it, the export. In presenter mode the same panel fills the projector with larger type and a larger code.
 * The view builds nodes and forwards; {@link ClassroomViewModel} holds the state. Its parts: {@link JoinCard},
 * {@link QuizPicker}, {@link QuestionView} and {@link TrafficStrip}.
 */
public final class ClassroomScreen implements ShellScreen {
    /** How often the panel applies the room's latest answers and traffic: live to the eye, cheap for the stage. */
    static final Duration REFRESH = Duration.millis(250);

    private final ClassroomViewModel vm;
    private final StackPane root = new StackPane();
    private final Timeline ticker;
    private final Node idle;
    private final Node running;
    private final Node ended;
    private final QuizPicker picker;
    private final QuestionView question;
    private final Supplier<Optional<String>> currentLesson;
    private final DialogService dialogs;
    private boolean presenting;
    private boolean disposed;

    /**
     * @param currentLesson the lesson the instructor has open, if any: the quiz picker and presenter mode offer its
     *                      quizzes first
     */
    public ClassroomScreen(ClassroomViewModel vm, Navigator navigator, Supplier<Optional<String>> currentLesson) {
        this(vm, navigator, currentLesson, null);
    }

    /** @param dialogs the export's file dialog; null for the platform's */
    ClassroomScreen(ClassroomViewModel vm, Navigator navigator, Supplier<Optional<String>> currentLesson,
                    DialogService dialogs) {
        this.vm = vm;
        this.currentLesson = currentLesson;
        this.dialogs = dialogs != null ? dialogs : new JavaFxDialogService(this::window, navigator::status);
        ticker = new Timeline(new KeyFrame(REFRESH, e -> vm.refresh()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        root.getStylesheets().addAll(QuizStyles.stylesheet(),
                ClassroomScreen.class.getResource(ClassroomStyles.STYLESHEET).toExternalForm());
        root.getStyleClass().add(ClassroomStyles.SCREEN.css());
        root.setId("class-panel");
        picker = new QuizPicker(vm);
        question = new QuestionView(vm, navigator);
        idle = idle();
        running = running();
        ended = ended();
        vm.phaseProperty().addListener((obs, was, now) -> showPhase(now));
        showPhase(vm.phaseProperty().get());
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        picker.selectLesson(currentLesson.get().orElse(picker.lesson()));
    }

    /**
     * Stops this view's timer. The session is the view-model's and outlives the view (a language switch makes a new
     * one); the app ends it when it closes.
     */
    @Override
    public void dispose() {
        disposed = true;
        ticker.stop();
    }

    /** A language switch: a new panel on the same session, with the same lesson picked and presenter mode kept. */
    @Override
    public ShellScreen relocalized(Supplier<? extends ShellScreen> rebuild) {
        if (!(rebuild.get() instanceof ClassroomScreen next)) {
            return this;
        }
        next.picker.selectLesson(picker.lesson());
        next.setPresenting(presenting);
        return next;
    }

    /** Presenter mode: the panel fills the projector, larger, without the quiz picker. */
    public void setPresenting(boolean on) {
        presenting = on;
        if (on) {
            root.getStyleClass().add(ClassroomStyles.PRESENTING.css());
        } else {
            root.getStyleClass().remove(ClassroomStyles.PRESENTING.css());
        }
        picker.view().setVisible(!on);
        picker.view().setManaged(!on);
    }

    /** File → Start class session…: the interface and port dialog. */
    public void startSession() {
        StartSessionDialog.show(window(), vm);
    }

    /**
     * What presenter mode adds to its strip while a session is open: "Ask the room" with the open lesson's quizzes,
     * and a switch between the class panel and the stage.
     */
    public Node presenterControls(Runnable showPanel, Runnable showStage) {
        MenuButton ask = new MenuButton(Messages.get("classroom.askRoom"), new FontIcon("mdi2c-cellphone-text"));
        ask.setId("presenter-ask-room");
        ask.setTooltip(new Tooltip(Messages.get("classroom.presenter.ask.tooltip")));
        ask.setOnShowing(e -> ask.getItems().setAll(picker.menuItems(currentLesson.get(), showPanel)));
        ask.getItems().add(new MenuItem()); // a menu with no item never shows; the real ones are built on showing
        Button panel = new Button(Messages.get("classroom.presenter.panel"), new FontIcon("mdi2p-poll"));
        panel.setId("presenter-class-panel");
        panel.setOnAction(e -> showPanel.run());
        Button stage = new Button(Messages.get("classroom.presenter.stage"), new FontIcon("mdi2f-flask-outline"));
        stage.setId("presenter-stage");
        stage.setOnAction(e -> showStage.run());
        for (javafx.scene.control.Control c : List.of(ask, panel, stage)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox box = new HBox(8, ask, panel, stage);
        box.getStyleClass().add(ClassroomStyles.PRESENTER_CONTROLS.css());
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(vm.openProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    // --- the three states --------------------------------------------------------------------------------

    private void showPhase(ClassroomViewModel.Phase phase) {
        Node content = switch (phase) {
            case IDLE, STARTING -> idle;
            case OPEN, ENDING -> running;
            case ENDED -> ended;
        };
        root.getChildren().setAll(content);
        if (disposed) {
            ticker.stop();
        } else if (phase == ClassroomViewModel.Phase.OPEN || phase == ClassroomViewModel.Phase.ENDING) {
            ticker.play();
        } else {
            ticker.stop();
        }
    }

    private Node idle() {
        FontIcon icon = new FontIcon("mdi2a-account-group-outline");
        icon.getStyleClass().add(ClassroomStyles.INTRO_ICON.css());
        Label title = new Label(Messages.get("classroom.intro.title"));
        title.getStyleClass().add(ClassroomStyles.TITLE.css());
        Label text = new Label(Messages.get("classroom.intro.text"));
        text.getStyleClass().add(ClassroomStyles.TEXT.css());
        text.setWrapText(true);
        Button start = new Button(Messages.get("classroom.start.menu"), new FontIcon("mdi2p-play"));
        start.setId("class-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> startSession());
        start.disableProperty().bind(vm.phaseProperty().isEqualTo(ClassroomViewModel.Phase.STARTING));
        VBox box = new VBox(16, icon, title, text, start, messages());
        box.getStyleClass().add(ClassroomStyles.INTRO.css());
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(640);
        StackPane centred = new StackPane(box);
        return centred;
    }

    private Node ended() {
        Label title = new Label(Messages.get("classroom.ended.title"));
        title.getStyleClass().add(ClassroomStyles.TITLE.css());
        Label summary = new Label();
        summary.getStyleClass().add(ClassroomStyles.TEXT.css());
        summary.setWrapText(true);
        Runnable say = () -> summary.setText(Messages.format("classroom.ended.summary", vm.headcountProperty().get().joined(),
                question.round()));
        vm.phaseProperty().addListener((obs, was, now) -> say.run());
        Button export = exportButton();
        export.getStyleClass().add(Styles.ACCENT);
        Button again = new Button(Messages.get("classroom.ended.again"), new FontIcon("mdi2p-play"));
        again.setId("class-start-again");
        again.setOnAction(e -> startSession());
        VBox box = new VBox(16, new FontIcon("mdi2c-check-circle-outline"), title, summary, new HBox(10, export, again),
                messages());
        box.getChildren().get(0).getStyleClass().add(ClassroomStyles.INTRO_ICON.css());
        box.getStyleClass().add(ClassroomStyles.INTRO.css());
        box.setMaxWidth(640);
        return new StackPane(box);
    }

    private Node running() {
        BorderPane pane = new BorderPane();
        pane.setTop(new VBox(header(), messages()));
        pane.setLeft(new JoinCard(vm));
        pane.setCenter(new VBox(12, picker.view(), question));
        pane.setBottom(new TrafficStrip(vm));
        return pane;
    }

    // --- the running session ----------------------------------------------------------------------------

    private Node header() {
        FontIcon dot = new FontIcon("mdi2c-circle");
        dot.getStyleClass().add(ClassroomStyles.LIVE_DOT.css());
        Label title = new Label(Messages.get("classroom.header.title"), dot);
        title.getStyleClass().add(ClassroomStyles.HEADER_TITLE.css());
        Label where = new Label();
        where.getStyleClass().add(ClassroomStyles.MUTED.css());
        where.textProperty().bind(vm.joinProperty().map(j -> Messages.format("classroom.header.where", j.url())));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);

        ToggleButton namesToggle = new ToggleButton();
        namesToggle.setId("class-names-toggle");
        namesToggle.selectedProperty().bindBidirectional(vm.namesShownProperty());
        namesToggle.textProperty().bind(vm.namesShownProperty().map(on -> Messages.get(on
                ? "classroom.names.hide" : "classroom.names.show")));
        namesToggle.graphicProperty().bind(vm.namesShownProperty().map(on -> new FontIcon(on
                ? "mdi2e-eye-off-outline" : "mdi2e-eye-outline")));
        namesToggle.setTooltip(new Tooltip(Messages.get("classroom.names.tooltip")));

        Button end = new Button(Messages.get("classroom.end"), new FontIcon("mdi2s-stop-circle-outline"));
        end.setId("class-end");
        end.getStyleClass().add(Styles.DANGER);
        end.setTooltip(new Tooltip(Messages.get("classroom.end.tooltip")));
        end.setOnAction(e -> vm.end());
        end.disableProperty().bind(vm.phaseProperty().isNotEqualTo(ClassroomViewModel.Phase.OPEN));

        HBox box = new HBox(12, title, where, grow, namesToggle, exportButton(), end);
        box.getStyleClass().add(ClassroomStyles.HEADER.css());
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The error and the notice of the last action, each with an icon, for whichever state shows. */
    private Node messages() {
        VBox box = new VBox(4, MessageLine.ERROR.showing(vm.errorProperty()),
                MessageLine.NOTICE.showing(vm.noticeProperty()));
        box.setFillWidth(true);
        return box;
    }

    private Button exportButton() {
        Button export = new Button(Messages.get("classroom.export"), new FontIcon("mdi2f-file-delimited-outline"));
        export.getStyleClass().add("class-export");
        export.setTooltip(new Tooltip(Messages.get("classroom.export.tooltip")));
        export.setOnAction(e -> export());
        return export;
    }

    private void export() {
        vm.exportCsv(dialogs);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
