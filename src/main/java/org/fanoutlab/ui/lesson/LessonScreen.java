package org.fanoutlab.ui.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.fanoutlab.content.Lesson;
import org.fanoutlab.content.LessonBlock;
import org.fanoutlab.content.LessonsLocation;
import org.fanoutlab.progress.AnswerRecord;
import org.fanoutlab.ui.quiz.LearnerProgress;
import org.fanoutlab.ui.quiz.QuizDraft;
import org.fanoutlab.ui.quiz.QuizPanel;
import org.fanoutlab.ui.quiz.QuizStyles;
import org.fanoutlab.ui.quiz.SelectableText;
import org.fanoutlab.ui.common.AppContext;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.ShellScreen;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The lessons screen: on the left every lesson with its status and score, on the right the reader.
 * The shell calls {@link #open} for {@code --lesson ID} and for navigation, and {@link #dispose} when the
 * screen goes away (it saves the reading position and stops what the open lesson runs).
 */
public final class LessonScreen implements ShellScreen {
    /** How far a lab card extends past the text on each side, in pixels (less than the column's padding). */
    private static final double LAB_BREAKOUT = 26;

    private final AppContext ctx;
    private final LessonScreenViewModel vm;
    private final MarkdownRenderer markdown;
    private final LearnerProgress progress;
    private final BorderPane root = new BorderPane();
    private final ListView<LessonScreenViewModel.Entry> list = new ListView<>();
    private final ScrollPane reader = new ScrollPane();
    private final PauseTransition saveLater = new PauseTransition(Duration.millis(600));
    private final List<QuizPanel> panels = new ArrayList<>();
    /** Unchecked answers handed over by the screen this one replaced (a language change), by quiz id. */
    private final Map<String, QuizDraft> drafts = new HashMap<>();
    private final List<LabCard> labs = new ArrayList<>();
    /** Makes the live stage inside lab cards; null shows the cards with their Lab button only. */
    private final InlineStage.Factory stages;
    /** The answers the open lesson's panels were built with; {@link #shown} rebuilds them when these change. */
    private Map<String, AnswerRecord> answersShown = Map.of();
    /** True while a lesson is being laid out, so the reset to the top is not saved as a position. */
    private boolean restoring;

    public LessonScreen(AppContext ctx) {
        this(ctx, LearnerProgress.of(ctx.progress()), LessonsLocation.assetsDir(), new LiveStages());
    }

    LessonScreen(AppContext ctx, LearnerProgress progress, Path assetsDir) {
        this(ctx, progress, assetsDir, null);
    }

    LessonScreen(AppContext ctx, LearnerProgress progress, Path assetsDir, InlineStage.Factory stages) {
        this.ctx = ctx;
        this.stages = stages;
        this.progress = progress;
        this.vm = new LessonScreenViewModel(ctx.course(), progress);
        this.markdown = new MarkdownRenderer(vm::lessonForLink, this::open, assetsDir);
        // quiz.css carries the inline Markdown styles shared with the quiz panels (bold, code, selection).
        root.getStylesheets().addAll(QuizStyles.stylesheet(), LessonStyles.stylesheet());
        root.getStyleClass().add(LessonStyles.SCREEN.css());
        root.setLeft(sidebar());
        root.setCenter(readerArea());

        saveLater.setOnFinished(e -> vm.flushPosition());
        ChangeListener<Number> scrollListener = (obs, old, now) -> {
            if (!restoring) {
                vm.scrolled(now.doubleValue());
                saveLater.playFromStart();
            }
        };
        reader.vvalueProperty().addListener(scrollListener);
        // The reader gets its size from the first layout after it joins the scene, which may come after the
        // lesson was built: look for lab cards in view again then.
        reader.viewportBoundsProperty().addListener((obs, old, now) -> showStagesInView());
        vm.currentProperty().addListener((obs, old, now) -> show(now, vm.openingScroll()));
        if (ctx.course().lessons().isEmpty()) {
            show(null, 0); // says so instead of an empty page
        }
        vm.messageProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                ctx.navigator().status(now);
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
                vm.openPrevious();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
                vm.openNext();
                e.consume();
            }
        });
        // Open where the learner was only once the screen is shown and the shell has not asked for a lesson
        // (--lesson ID), so that a lesson the learner never looked at is not marked as opened.
        // The shell shows the screen and then calls open(ID) in the same event, hence the runLater.
        root.sceneProperty().addListener((obs, old, now) -> {
            if (now != null && vm.currentProperty().get() == null) {
                Platform.runLater(() -> {
                    if (vm.currentProperty().get() == null) {
                        vm.openInitial();
                    }
                });
            }
        });
    }

    @Override
    public Node view() {
        return root;
    }

    /** The shell shows this screen: answers may have changed on the review screen, so re-read them. */
    @Override
    public void shown() {
        vm.refresh();
        if (vm.currentProperty().get() != null && !progress.answers().equals(answersShown)) {
            show(vm.currentProperty().get(), reader.getVvalue());
        }
    }

    /** Opens a lesson by id; an unknown id leaves the current lesson and tells the learner in the status bar. */
    public void open(String lessonId) {
        vm.open(lessonId);
    }

    /** The lesson open now, if any (the class panel offers its quizzes first). */
    public java.util.Optional<String> currentLessonId() {
        return java.util.Optional.ofNullable(vm.currentProperty().get()).map(org.fanoutlab.content.Lesson::id);
    }

    /**
     * The preset of the open lesson's lab that the reader is looking at (the first one in view, else the first
     * one in the lesson): what presenter mode puts on the projector.
     */
    public java.util.Optional<String> currentLabPreset() {
        org.fanoutlab.content.Lesson lesson = vm.currentProperty().get();
        if (lesson == null) {
            return java.util.Optional.empty();
        }
        javafx.geometry.Bounds viewport = reader.localToScene(reader.getBoundsInLocal());
        for (Node card : reader.getContent() == null ? java.util.List.<Node>of()
                : reader.getContent().lookupAll("." + LabCardStyles.CARD.css())) {
            if (card instanceof LabCard lab && viewport.intersects(card.localToScene(card.getBoundsInLocal()))) {
                return java.util.Optional.of(lab.preset());
            }
        }
        return lesson.blocks().stream()
                .flatMap(b -> b instanceof LessonBlock.Lab lab ? java.util.stream.Stream.of(lab.preset())
                        : java.util.stream.Stream.empty())
                .findFirst();
    }

    /**
     * Re-reads the learner's progress: statuses and scores in the list, and the open lesson's quiz panels
     * (after a reset, or answers given on the review screen). Keeps the reading position.
     */
    public void refresh() {
        vm.refresh();
        if (vm.currentProperty().get() != null) {
            show(vm.currentProperty().get(), reader.getVvalue());
        }
    }

    /** Saves where the learner was and stops the open lesson's quizzes and animations. */
    @Override
    public void dispose() {
        saveLater.stop();
        vm.flushPosition();
        clearBlocks();
    }

    /**
     * A new language (docs/decisions/0011-ui-language.md): a screen built with that language's course, which opens
     * at the lesson and reading position saved here (answers are in the progress store), and shows again what the
     * learner typed or chose in the open lesson's quizzes without checking it.
     */
    @Override
    public ShellScreen relocalized(java.util.function.Supplier<? extends ShellScreen> rebuild) {
        saveLater.stop();
        vm.flushPosition();
        ShellScreen next = rebuild.get();
        if (next instanceof LessonScreen fresh) {
            for (QuizPanel p : panels) {
                QuizDraft d = p.draft();
                if (d != null) {
                    fresh.drafts.put(p.quizId(), d);
                }
            }
        }
        return next;
    }

    // --- layout -----------------------------------------------------------------------------------------

    private Node sidebar() {
        Label title = new Label(Messages.get("lesson.sidebar.title"));
        title.getStyleClass().add(LessonStyles.SIDEBAR_TITLE.css());
        list.getStyleClass().add(LessonStyles.LIST.css());
        list.setItems(vm.entriesProperty());
        list.setCellFactory(v -> new LessonEntryCell(list));
        list.setAccessibleText(Messages.get("lesson.sidebar.title"));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.open(now.id());
            }
        });
        // Refreshed rows replace the old ones; keep the open lesson selected.
        vm.entriesProperty().addListener((javafx.collections.ListChangeListener<LessonScreenViewModel.Entry>) c -> {
            if (vm.currentProperty().get() != null) {
                selectInList(vm.currentProperty().get().id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(title, list);
        box.getStyleClass().add(LessonStyles.SIDEBAR.css());
        return box;
    }

    private Node readerArea() {
        reader.setFitToWidth(true);
        reader.getStyleClass().add(LessonStyles.READER.css());
        reader.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox area = new VBox();
        if (!vm.problems().isEmpty()) {
            area.getChildren().add(problemsPane());
        }
        VBox.setVgrow(reader, Priority.ALWAYS);
        area.getChildren().add(reader);
        return area;
    }

    private Node problemsPane() {
        VBox lines = new VBox();
        for (String p : vm.problems()) {
            SelectableText t = new SelectableText(new Text(p));
            t.getStyleClass().add(LessonStyles.PROBLEM.css());
            lines.getChildren().add(t);
        }
        int n = vm.problems().size();
        TitledPane pane = new TitledPane(Messages.format("lesson.problems", n), lines);
        pane.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        pane.setExpanded(false);
        pane.getStyleClass().add(LessonStyles.PROBLEMS.css());
        return pane;
    }

    /** Rebuilds the reader for a lesson and returns to where the learner was in it. */
    private void show(Lesson lesson, double target) {
        clearBlocks();
        restoring = true;
        answersShown = progress.answers();
        if (lesson == null) {
            Label empty = new Label(Messages.get(vm.problems().isEmpty() ? "lesson.empty" : "lesson.empty.problems"));
            empty.setWrapText(true);
            empty.getStyleClass().add(LessonStyles.EMPTY.css());
            reader.setContent(empty);
            restoring = false;
            return;
        }
        selectInList(lesson.id());
        VBox column = new VBox();
        column.getStyleClass().add(LessonStyles.COLUMN.css());
        column.getChildren().add(navRow());
        Label title = new Label(lesson.title());
        title.getStyleClass().add(LessonStyles.TITLE.css());
        title.setWrapText(true);
        column.getChildren().add(title);
        if (lesson.summary() != null && !lesson.summary().isBlank()) {
            Label summary = new Label(lesson.summary());
            summary.getStyleClass().add(LessonStyles.SUMMARY.css());
            summary.setWrapText(true);
            column.getChildren().add(summary);
        }
        for (LessonBlock block : lesson.blocks()) {
            column.getChildren().addAll(render(lesson, block));
        }
        column.getChildren().addAll(doneRow(), navRow());
        StackPane centred = new StackPane(column);
        StackPane.setAlignment(column, Pos.TOP_CENTER);
        // The scroll pane moves its content during layout, after vvalue changed: check the cards then.
        centred.localToSceneTransformProperty().addListener((obs, old, now) -> showStagesInView());
        column.heightProperty().addListener((obs, old, now) -> showStagesInView());
        reader.setContent(centred);
        reader.setVvalue(0);
        // The column's height is known only after a layout pass; restore the position then.
        Platform.runLater(() -> {
            reader.applyCss();
            reader.layout();
            reader.setVvalue(target);
            restoring = false;
            showStagesInView();
        });
    }

    /** Each kind of block as nodes; a new kind of block does not compile here until it is shown. */
    private List<Node> render(Lesson lesson, LessonBlock block) {
        return block.accept(new LessonBlock.Visitor<List<Node>>() {
            @Override
            public List<Node> text(LessonBlock.Text text) {
                return markdown.render(text.markdown(), lesson.blocks().get(0) == block ? lesson.title() : null);
            }

            @Override
            public List<Node> lab(LessonBlock.Lab lab) {
                LabCard card = new LabCard(lab, lesson.id(), ctx.course().preset(lab.preset()), ctx.navigator(),
                        stages, quiz -> quizPanel(lesson, quiz));
                // The card reaches into the column's side padding: the live stage and its controls need the room
                // more than the text does.
                VBox.setMargin(card, new javafx.geometry.Insets(0, -LAB_BREAKOUT, 0, -LAB_BREAKOUT));
                labs.add(card);
                return List.of(card);
            }

            @Override
            public List<Node> quiz(LessonBlock.QuizBlock quiz) {
                return List.of(quizPanel(lesson, quiz.quiz()));
            }
        });
    }

    private QuizPanel quizPanel(Lesson lesson, org.fanoutlab.content.Quiz quiz) {
        QuizPanel panel = new QuizPanel(quiz, lesson.id(), progress, ctx.course());
        panel.offerToRoom(ctx.room());
        panel.restore(drafts.remove(quiz.id()));
        panel.setOnAnswerRecorded(() -> {
            vm.refresh();
            answersShown = progress.answers(); // this panel already shows the new answer
        });
        panels.add(panel);
        return panel;
    }

    private Node navRow() {
        Button prev = new Button();
        prev.setGraphic(new FontIcon(MaterialDesignA.ARROW_LEFT));
        prev.setOnAction(e -> vm.openPrevious());
        Button next = new Button();
        next.setGraphic(new FontIcon(MaterialDesignA.ARROW_RIGHT));
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.setOnAction(e -> vm.openNext());
        Lesson p = vm.previous();
        Lesson n = vm.next();
        prev.setText(p == null ? Messages.get("lesson.nav.previous") : p.title());
        next.setText(n == null ? Messages.get("lesson.nav.next") : n.title());
        prev.setDisable(p == null);
        next.setDisable(n == null);
        prev.setTooltip(new Tooltip(p == null ? Messages.get("lesson.nav.first")
                : Messages.format("lesson.nav.previous.tooltip", p.title())));
        next.setTooltip(new Tooltip(n == null ? Messages.get("lesson.nav.last")
                : Messages.format("lesson.nav.next.tooltip", n.title())));
        // Long titles shorten with an ellipsis (the tooltip has them whole) rather than widen the column.
        prev.setMinWidth(0);
        next.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(prev, grow, next);
        row.getStyleClass().add(LessonStyles.NAV.css());
        return row;
    }

    private Node doneRow() {
        Button done = new Button(Messages.get("lesson.done.button"), new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
        done.setTooltip(new Tooltip(Messages.get("lesson.done.tooltip")));
        done.setOnAction(e -> vm.markDone());
        done.disableProperty().bind(vm.currentDoneProperty());
        Label state = new Label(Messages.get("lesson.done.state"), new FontIcon(MaterialDesignC.CHECK_CIRCLE));
        state.getStyleClass().add(LessonStyles.DONE_LABEL.css());
        state.visibleProperty().bind(vm.currentDoneProperty());
        state.managedProperty().bind(vm.currentDoneProperty());
        HBox row = new HBox(done, state);
        row.getStyleClass().add(LessonStyles.DONE_ROW.css());
        return row;
    }

    /** Lab cards make their live stage once they are (partly) in the reader's viewport. */
    private void showStagesInView() {
        if (labs.isEmpty() || reader.getContent() == null || restoring) {
            return; // before the first layout every card sits at the top and would count as visible
        }
        javafx.geometry.Bounds viewport = reader.localToScene(reader.getLayoutBounds());
        for (LabCard card : labs) {
            if (!card.hasStage() && card.getScene() != null
                    && card.localToScene(card.getLayoutBounds()).intersects(viewport)) {
                card.showStage();
            }
        }
    }

    private void selectInList(String id) {
        for (LessonScreenViewModel.Entry e : list.getItems()) {
            if (e.id().equals(id)) {
                list.getSelectionModel().select(e);
                list.scrollTo(e);
                return;
            }
        }
    }

    private void clearBlocks() {
        panels.forEach(QuizPanel::dispose);
        panels.clear();
        labs.forEach(LabCard::dispose);
        labs.clear();
    }
}
