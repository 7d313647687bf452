package org.fanoutlab.ui.classroom;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
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
import org.fanoutlab.classroom.QuizCatalog;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizType;
import org.fanoutlab.ui.common.DialogService;
import org.fanoutlab.ui.common.JavaFxDialogService;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.Navigator;
import org.fanoutlab.ui.common.ShellScreen;
import org.fanoutlab.ui.quiz.AnswerText;
import org.fanoutlab.ui.quiz.InlineMarkdown;
import org.fanoutlab.ui.quiz.QuizStyles;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The instructor's class panel: before a session, how to start one; during it, the join link, QR code and code for
 * the room, the quiz to ask, the live results (bars, parts or a dot plot), the reveal, and the room's own traffic;
 * after it, the export. In presenter mode the same panel fills the projector with larger type and a larger code.
 * The view builds nodes and forwards; {@link ClassroomViewModel} holds the state.
 */
public final class ClassroomScreen implements ShellScreen {
    /** How often the panel applies the room's latest answers and traffic: live to the eye, cheap for the stage. */
    static final Duration REFRESH = Duration.millis(250);
    private static final int MENU_PROMPT_CHARS = 70;

    private final ClassroomViewModel vm;
    private final Navigator navigator;
    private final StackPane root = new StackPane();
    private final Timeline ticker = new Timeline(new KeyFrame(REFRESH, e -> refresh()));
    private final Node idle;
    private final Node running;
    private final Node ended;
    private final StackPane chartHolder = new StackPane();
    private final VBox names = new VBox();
    private final ScrollPane namesPane = new ScrollPane(names);
    private final Label meta = new Label();
    private final VBox prompt = new VBox();
    private final Label answered = new Label();
    private final Label rightText = new Label();
    private final Label correct = new Label();
    private final Button runOnStage = new Button(Messages.get("classroom.runOnStage"), new FontIcon("mdi2p-play-circle-outline"));
    private final Node askRow;
    private final ComboBox<String> lessons = new ComboBox<>();
    private final ComboBox<QuizCatalog.Entry> quizzes = new ComboBox<>();
    private final Map<String, String> lessonTitles = new LinkedHashMap<>();
    private final Supplier<Optional<String>> currentLesson;
    private final DialogService dialogs;
    private LiveRound shown;
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
        this.navigator = navigator;
        this.currentLesson = currentLesson;
        this.dialogs = dialogs != null ? dialogs : new JavaFxDialogService(this::window, navigator::status);
        ticker.setCycleCount(Timeline.INDEFINITE);
        root.getStylesheets().addAll(QuizStyles.stylesheet(),
                ClassroomScreen.class.getResource(ClassroomStyles.STYLESHEET).toExternalForm());
        root.getStyleClass().add(ClassroomStyles.SCREEN);
        root.setId("class-panel");
        for (QuizCatalog.Entry e : vm.askableQuizzes()) {
            lessonTitles.putIfAbsent(e.lessonId(), e.lessonTitle());
        }
        askRow = askRow();
        idle = idle();
        running = running();
        ended = ended();
        vm.phaseProperty().addListener((obs, was, now) -> showPhase(now));
        vm.roundProperty().addListener((obs, was, now) -> showRound(now));
        vm.namesShownProperty().addListener((obs, was, now) -> showNames(now));
        vm.joinedProperty().addListener((obs, was, now) -> showAnswered());
        showPhase(vm.phaseProperty().get());
        showRound(vm.roundProperty().get());
        showNames(false);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        selectLesson(currentLesson.get().orElse(lessons.getValue()));
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
        next.selectLesson(lessons.getValue());
        next.setPresenting(presenting);
        return next;
    }

    /** Presenter mode: the panel fills the projector, larger, without the quiz picker. */
    public void setPresenting(boolean on) {
        presenting = on;
        if (on) {
            root.getStyleClass().add(ClassroomStyles.PRESENTING);
        } else {
            root.getStyleClass().remove(ClassroomStyles.PRESENTING);
        }
        askRow.setVisible(!on);
        askRow.setManaged(!on);
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
        ask.setOnShowing(e -> ask.getItems().setAll(askItems(showPanel)));
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
        box.getStyleClass().add(ClassroomStyles.PRESENTER_CONTROLS);
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
        icon.getStyleClass().add(ClassroomStyles.INTRO_ICON);
        Label title = new Label(Messages.get("classroom.intro.title"));
        title.getStyleClass().add(ClassroomStyles.TITLE);
        Label text = new Label(Messages.get("classroom.intro.text"));
        text.getStyleClass().add(ClassroomStyles.TEXT);
        text.setWrapText(true);
        Button start = new Button(Messages.get("classroom.start.menu"), new FontIcon("mdi2p-play"));
        start.setId("class-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> startSession());
        start.disableProperty().bind(vm.phaseProperty().isEqualTo(ClassroomViewModel.Phase.STARTING));
        VBox box = new VBox(16, icon, title, text, start, messages());
        box.getStyleClass().add(ClassroomStyles.INTRO);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(640);
        StackPane centred = new StackPane(box);
        return centred;
    }

    private Node ended() {
        Label title = new Label(Messages.get("classroom.ended.title"));
        title.getStyleClass().add(ClassroomStyles.TITLE);
        Label summary = new Label();
        summary.getStyleClass().add(ClassroomStyles.TEXT);
        summary.setWrapText(true);
        Runnable say = () -> summary.setText(Messages.format("classroom.ended.summary", vm.joinedProperty().get(),
                shown == null ? 0 : shown.round()));
        vm.phaseProperty().addListener((obs, was, now) -> say.run());
        Button export = exportButton();
        export.getStyleClass().add(Styles.ACCENT);
        Button again = new Button(Messages.get("classroom.ended.again"), new FontIcon("mdi2p-play"));
        again.setId("class-start-again");
        again.setOnAction(e -> startSession());
        VBox box = new VBox(16, new FontIcon("mdi2c-check-circle-outline"), title, summary, new HBox(10, export, again),
                messages());
        box.getChildren().get(0).getStyleClass().add(ClassroomStyles.INTRO_ICON);
        box.getStyleClass().add(ClassroomStyles.INTRO);
        box.setMaxWidth(640);
        return new StackPane(box);
    }

    private Node running() {
        BorderPane pane = new BorderPane();
        pane.setTop(new VBox(header(), messages()));
        pane.setLeft(joinCard());
        pane.setCenter(results());
        pane.setBottom(new TrafficStrip(vm));
        return pane;
    }

    // --- the running session ----------------------------------------------------------------------------

    private Node header() {
        FontIcon dot = new FontIcon("mdi2c-circle");
        dot.getStyleClass().add(ClassroomStyles.LIVE_DOT);
        Label title = new Label(Messages.get("classroom.header.title"), dot);
        title.getStyleClass().add(ClassroomStyles.HEADER_TITLE);
        Label where = new Label();
        where.getStyleClass().add(ClassroomStyles.MUTED);
        where.textProperty().bind(vm.urlProperty().map(u -> Messages.format("classroom.header.where", u)));
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
        box.getStyleClass().add(ClassroomStyles.HEADER);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The error and the notice of the last action, each with an icon, for whichever state shows. */
    private Node messages() {
        Label error = new Label();
        error.setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        error.getStyleClass().add(ClassroomStyles.ERROR);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label notice = new Label();
        notice.setGraphic(new FontIcon("mdi2c-check"));
        notice.getStyleClass().add(ClassroomStyles.NOTICE);
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox box = new VBox(4, error, notice);
        box.setFillWidth(true);
        return box;
    }

    private Node joinCard() {
        Label at = new Label(Messages.get("classroom.join.at"));
        at.getStyleClass().add(ClassroomStyles.JOIN_LABEL);
        Label url = new Label();
        url.setId("class-url");
        url.getStyleClass().add(ClassroomStyles.JOIN_URL);
        url.setWrapText(true);
        // What people type: "192.168.1.20:8080"; the browser adds http:// and the slash itself.
        url.textProperty().bind(vm.urlProperty().map(u -> u.replaceFirst("^http://", "").replaceFirst("/$", "")));
        QrView qr = new QrView();
        qr.setId("class-qr");
        vm.qrProperty().addListener((obs, was, now) -> qr.setMatrix(now, vm.joinUrlProperty().get()));
        if (vm.qrProperty().get() != null) {
            qr.setMatrix(vm.qrProperty().get(), vm.joinUrlProperty().get());
        }
        VBox.setVgrow(qr, Priority.ALWAYS);
        Label codeLabel = new Label(Messages.get("classroom.join.code"));
        codeLabel.getStyleClass().add(ClassroomStyles.JOIN_LABEL);
        Label code = new Label();
        code.setId("class-code");
        code.getStyleClass().add(ClassroomStyles.CODE);
        code.textProperty().bind(vm.codeProperty());
        code.setMinWidth(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.setId("class-count");
        count.getStyleClass().add(ClassroomStyles.COUNT);
        count.setWrapText(true);
        Runnable counts = () -> count.setText(Messages.format("classroom.join.count", vm.joinedProperty().get(),
                vm.connectedProperty().get()));
        vm.joinedProperty().addListener((obs, was, now) -> counts.run());
        vm.connectedProperty().addListener((obs, was, now) -> counts.run());
        counts.run();
        VBox box = new VBox(at, url, qr, codeLabel, code, count);
        box.getStyleClass().add(ClassroomStyles.JOIN);
        box.setId("class-join");
        return box;
    }

    private Node askRow() {
        lessons.setId("class-lesson");
        lessons.getItems().setAll(lessonTitles.keySet());
        lessons.setCellFactory(list -> new LessonCell());
        lessons.setButtonCell(new LessonCell());
        lessons.setAccessibleText(Messages.get("classroom.pick.lesson"));
        lessons.valueProperty().addListener((obs, was, now) -> fillQuizzes(now));
        quizzes.setId("class-quiz");
        quizzes.setCellFactory(list -> new QuizCell());
        quizzes.setButtonCell(new QuizCell());
        quizzes.setAccessibleText(Messages.get("classroom.pick.quiz"));
        quizzes.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(quizzes, Priority.ALWAYS);
        // The lesson's title is read, the quiz's prompt takes what is left, and the button is never cut to "…".
        lessons.setPrefWidth(260);
        lessons.setMinWidth(160);
        lessons.setMaxWidth(320);
        quizzes.setMinWidth(160);
        quizzes.setPrefWidth(240);
        Button ask = new Button(Messages.get("classroom.askRoom"), new FontIcon("mdi2c-cellphone-text"));
        ask.setId("class-ask");
        ask.getStyleClass().add(Styles.ACCENT);
        ask.setTooltip(new Tooltip(Messages.get("classroom.askRoom.tooltip")));
        ask.disableProperty().bind(quizzes.valueProperty().isNull()
                .or(vm.phaseProperty().isNotEqualTo(ClassroomViewModel.Phase.OPEN)));
        ask.setOnAction(e -> vm.ask(quizzes.getValue().quiz().id()));
        ask.setMinWidth(Region.USE_PREF_SIZE);
        if (!lessons.getItems().isEmpty()) {
            lessons.setValue(lessons.getItems().get(0));
        }
        HBox row = new HBox(8, lessons, quizzes, ask);
        row.getStyleClass().add(ClassroomStyles.ASK_ROW);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node results() {
        meta.getStyleClass().add(ClassroomStyles.QUESTION_META);
        meta.setWrapText(true);
        answered.setId("class-answered");
        answered.getStyleClass().add(ClassroomStyles.ANSWERED);
        chartHolder.setId("class-chart");
        VBox.setVgrow(chartHolder, Priority.ALWAYS);
        chartHolder.setMinHeight(120);
        names.getStyleClass().add(ClassroomStyles.NAMES);
        names.setId("class-names");
        namesPane.setFitToWidth(true);
        namesPane.setPrefWidth(260);
        namesPane.setMinWidth(200);

        Button reveal = new Button(Messages.get("classroom.reveal"), new FontIcon("mdi2e-eye-check-outline"));
        reveal.setId("class-reveal");
        reveal.getStyleClass().add(Styles.ACCENT);
        reveal.setTooltip(new Tooltip(Messages.get("classroom.reveal.tooltip")));
        reveal.setOnAction(e -> vm.reveal());
        reveal.disableProperty().bind(vm.revealingProperty()
                .or(vm.phaseProperty().isNotEqualTo(ClassroomViewModel.Phase.OPEN))
                .or(BooleanExpression.booleanExpression(vm.roundProperty().map(r -> r.revealed()).orElse(true))));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label running = new Label(Messages.get("classroom.revealing"), spinner);
        running.visibleProperty().bind(vm.revealingProperty());
        running.managedProperty().bind(running.visibleProperty());
        runOnStage.setId("class-run-stage");
        runOnStage.setTooltip(new Tooltip(Messages.get("classroom.runOnStage.tooltip")));
        runOnStage.setOnAction(e -> {
            if (shown != null && shown.quiz().preset() != null) {
                navigator.openLab(shown.quiz().preset());
            }
        });
        rightText.setId("class-right-text");
        rightText.getStyleClass().add(ClassroomStyles.RIGHT_TEXT);
        rightText.setWrapText(true);
        correct.setId("class-correct");
        correct.getStyleClass().add(ClassroomStyles.ANSWERED);
        HBox revealRow = new HBox(12, reveal, running, runOnStage, correct);
        revealRow.getStyleClass().add(ClassroomStyles.REVEAL_ROW);
        revealRow.setAlignment(Pos.CENTER_LEFT);

        HBox chartAndNames = new HBox(16, chartHolder, namesPane);
        HBox.setHgrow(chartHolder, Priority.ALWAYS);
        VBox.setVgrow(chartAndNames, Priority.ALWAYS);
        VBox question = new VBox(8, meta, prompt, answered, chartAndNames, revealRow, rightText);
        question.getStyleClass().add(ClassroomStyles.QUESTION);
        VBox.setVgrow(question, Priority.ALWAYS);
        return new VBox(12, askRow, question);
    }

    // --- live results -----------------------------------------------------------------------------------

    private void refresh() {
        vm.refresh();
    }

    private void showRound(LiveRound round) {
        shown = round;
        if (round == null) {
            meta.setText("");
            prompt.getChildren().clear();
            answered.setText("");
            rightText.setText("");
            correct.setText("");
            Label empty = new Label(Messages.get("classroom.question.none"));
            empty.getStyleClass().add(ClassroomStyles.EMPTY);
            empty.setWrapText(true);
            chartHolder.getChildren().setAll(empty);
            runOnStage.setVisible(false);
            runOnStage.setManaged(false);
            names.getChildren().clear();
            return;
        }
        Quiz quiz = round.quiz();
        meta.setText(Messages.format("classroom.question.meta", round.round(), round.lessonTitle(), typeName(quiz.type())));
        prompt.getChildren().setAll(InlineMarkdown.render(quiz.prompt(), ClassroomStyles.PROMPT));
        showAnswered();
        chartHolder.getChildren().setAll(chart(round));
        rightText.setText(round.rightText());
        correct.setText(round.correct() == null ? "" : Messages.format("classroom.question.correct", round.correct(),
                round.answered()));
        boolean predict = quiz.type() == QuizType.PREDICT;
        runOnStage.setVisible(predict);
        runOnStage.setManaged(predict);
        List<Node> rows = new ArrayList<>();
        Label title = new Label(Messages.get("classroom.names.title"));
        title.getStyleClass().add(ClassroomStyles.JOIN_LABEL);
        rows.add(title);
        for (LiveRound.NameRow n : round.names()) {
            Label row = new Label(Messages.format("classroom.names.row", n.name(), n.answer()));
            row.getStyleClass().add(ClassroomStyles.NAME_ROW);
            row.setWrapText(true);
            if (n.correct() != null) {
                row.setGraphic(new FontIcon(n.correct() ? "mdi2c-check-circle" : "mdi2c-close-circle"));
                row.getStyleClass().add(n.correct() ? ClassroomStyles.RIGHT : ClassroomStyles.WRONG);
            }
            rows.add(row);
        }
        names.getChildren().setAll(rows);
    }

    private void showAnswered() {
        answered.setText(shown == null ? "" : Messages.format("classroom.question.answered", shown.answered(),
                vm.joinedProperty().get()));
    }

    private void showNames(boolean on) {
        namesPane.setVisible(on);
        namesPane.setManaged(on);
    }

    private Node chart(LiveRound round) {
        Chart chart = round.chart();
        if (chart instanceof Chart.Bars bars) {
            return new BarsView(bars);
        }
        if (chart instanceof Chart.Parts parts) {
            return new PartsView(parts, round.quiz().type() == QuizType.ORDER);
        }
        Chart.Dots dots = (Chart.Dots) chart;
        String markerText = "";
        if (dots.plot().marker() != null) {
            markerText = Messages.format(round.quiz().type() == QuizType.PREDICT ? "classroom.dots.marker.engine"
                    : "classroom.dots.marker.answer", LiveResults.figure(round.quiz(), dots.plot().marker()));
        }
        DotPlotView view = new DotPlotView(dots.plot(), markerText);
        view.setId("class-dot-plot");
        return view;
    }

    // --- quiz picker and presenter menu -------------------------------------------------------------------

    private void selectLesson(String lessonId) {
        if (lessonId != null && lessonTitles.containsKey(lessonId)) {
            lessons.setValue(lessonId);
        }
    }

    private void fillQuizzes(String lessonId) {
        quizzes.getItems().setAll(vm.askableQuizzes().stream().filter(e -> e.lessonId().equals(lessonId)).toList());
        if (!quizzes.getItems().isEmpty()) {
            quizzes.setValue(quizzes.getItems().get(0));
        }
    }

    private List<MenuItem> askItems(Runnable showPanel) {
        String lessonId = currentLesson.get().filter(lessonTitles::containsKey).orElse(lessons.getValue());
        List<MenuItem> items = new ArrayList<>();
        for (QuizCatalog.Entry e : vm.askableQuizzes()) {
            if (e.lessonId().equals(lessonId)) {
                MenuItem item = new MenuItem(quizText(e.quiz()));
                item.setOnAction(a -> {
                    if (vm.ask(e.quiz().id())) {
                        showPanel.run();
                    }
                });
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("classroom.presenter.ask.none"));
            none.setDisable(true);
            items.add(none);
        }
        return items;
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

    /** "Predict · How many checks find nothing new?" (shortened for a menu). */
    private static String quizText(Quiz quiz) {
        String prompt = AnswerText.plainText(quiz.prompt()).replace('\n', ' ');
        if (prompt.length() > MENU_PROMPT_CHARS) {
            prompt = prompt.substring(0, MENU_PROMPT_CHARS - 1).strip() + "\u2026";
        }
        return Messages.format("classroom.pick.quizText", typeName(quiz.type()), prompt);
    }

    static String typeName(QuizType type) {
        return Messages.get("classroom.type." + type.id());
    }

    private final class LessonCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : lessonTitles.getOrDefault(item, item));
        }
    }

    private static final class QuizCell extends ListCell<QuizCatalog.Entry> {
        @Override
        protected void updateItem(QuizCatalog.Entry item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : quizText(item.quiz()));
        }
    }
}
