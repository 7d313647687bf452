package org.fanoutlab.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fanoutlab.content.Course;
import org.fanoutlab.ui.common.AppContext;
import org.fanoutlab.ui.common.AskTheRoom;
import org.fanoutlab.ui.common.AskTheRoomButton;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.Navigator;
import org.fanoutlab.ui.common.ShellScreen;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * Every question grouped by lesson with the learner's last answer and whether it was right, scores per
 * lesson and in all, "Show only missed", a focused retry view for the missed questions, and
 * "Reset progress…". Shown by the shell as a {@link ShellScreen}; {@link #shown()} re-reads the answers.
 */
public final class QuizReviewScreen implements ShellScreen {

    private final QuizReviewViewModel vm;
    private final Navigator navigator;
    private final AskTheRoom room;
    private final BorderPane root = new BorderPane();
    private final VBox column = new VBox();
    private final ScrollPane scroll = new ScrollPane();
    private final Node toolbar;
    private final List<QuizPanel> retryPanels = new ArrayList<>();
    private BooleanSupplier confirmReset = this::askReset;
    private Runnable onReset = () -> { };

    public QuizReviewScreen(AppContext ctx) {
        this(ctx.course(), LearnerProgress.of(ctx.progress()), ctx.navigator(), ctx.room());
    }

    QuizReviewScreen(Course course, LearnerProgress progress, Navigator navigator) {
        this(course, progress, navigator, AskTheRoom.NONE);
    }

    QuizReviewScreen(Course course, LearnerProgress progress, Navigator navigator, AskTheRoom room) {
        this.vm = new QuizReviewViewModel(course, progress);
        this.navigator = navigator;
        this.room = room;
        root.getStylesheets().add(QuizStyles.stylesheet());
        root.getStyleClass().add(QuizStyles.REVIEW.css());
        column.getStyleClass().add(QuizStyles.REVIEW_COLUMN.css());
        StackPane centred = new StackPane(column);
        StackPane.setAlignment(column, Pos.TOP_CENTER);
        scroll.setContent(centred);
        scroll.setFitToWidth(true);
        toolbar = toolbar();
        vm.groupsProperty().addListener((javafx.collections.ListChangeListener<QuizReviewViewModel.Group>) c -> rebuild());
        showReview();
    }

    @Override
    public Node view() {
        return root;
    }

    /** The shell shows this screen: leave a retry in progress alone, otherwise re-read the answers. */
    @Override
    public void shown() {
        if (retryPanels.isEmpty()) {
            refresh();
        }
    }

    @Override
    public void dispose() {
        disposeRetry();
    }

    /**
     * A new language (docs/decisions/0011-ui-language.md): a fresh review in it, since the answers are in the store;
     * during a retry this screen is kept, so that the answers being given are not lost.
     */
    @Override
    public ShellScreen relocalized(java.util.function.Supplier<? extends ShellScreen> rebuild) {
        return retryPanels.isEmpty() ? rebuild.get() : this;
    }

    /** Re-reads the learner's answers (call when the screen is shown). */
    public void refresh() {
        vm.refresh();
        rebuild();
    }

    /** Called after the learner reset their progress, so other screens can refresh too. */
    public void setOnProgressReset(Runnable r) {
        onReset = r;
    }

    /** Tests replace the confirmation dialog. */
    void setConfirmReset(BooleanSupplier confirm) {
        confirmReset = confirm;
    }

    private Node toolbar() {
        Label title = new Label(Messages.get("quiz.review.title"));
        title.getStyleClass().add(QuizStyles.REVIEW_TOTAL.css());
        Label total = new Label();
        total.textProperty().bind(vm.scoreProperty().map(QuizReviewViewModel.Score::text));
        total.getStyleClass().add(QuizStyles.REVIEW_SCORE.css());

        CheckBox onlyMissed = new CheckBox(Messages.get("quiz.review.only"));
        onlyMissed.setTooltip(new Tooltip(Messages.get("quiz.review.only.tooltip")));
        onlyMissed.selectedProperty().addListener((obs, old, now) -> vm.setOnlyMissed(now));

        Button retry = new Button(Messages.format("quiz.review.retry", 0), new FontIcon(MaterialDesignR.REPLAY));
        retry.setTooltip(new Tooltip(Messages.get("quiz.review.retry.tooltip")));
        retry.disableProperty().bind(vm.scoreProperty().map(s -> s.missed() == 0));
        retry.textProperty().bind(vm.scoreProperty().map(s -> Messages.format("quiz.review.retry", s.missed())));
        retry.setOnAction(e -> showRetry());

        Button reset = new Button(Messages.get("quiz.review.reset"), new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        reset.getStyleClass().addAll(QuizStyles.DANGER, QuizStyles.OUTLINED);
        reset.setTooltip(new Tooltip(Messages.get("quiz.review.reset.tooltip")));
        reset.setOnAction(e -> {
            if (confirmReset.getAsBoolean()) {
                vm.reset();
                onReset.run();
                navigator.status(Messages.get("quiz.review.reset.done"));
            }
        });

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(title, total, grow, onlyMissed, retry, reset);
        bar.getStyleClass().add(QuizStyles.REVIEW_TOOLBAR.css());
        return bar;
    }

    private boolean askReset() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                Messages.get("quiz.review.reset.text"), ButtonType.CANCEL, ButtonType.OK);
        alert.setTitle(Messages.get("quiz.review.reset.title"));
        alert.setHeaderText(Messages.get("quiz.review.reset.header"));
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setText(Messages.get("quiz.review.reset.ok"));
        // JavaFX words its own Cancel in the JVM's language, not the UI's.
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(Messages.get("quiz.review.reset.cancel"));
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
    }

    private void showReview() {
        disposeRetry();
        root.setTop(toolbar);
        root.setCenter(scroll);
        rebuild();
    }

    private void rebuild() {
        column.getChildren().clear();
        if (vm.groupsProperty().isEmpty()) {
            Label empty = new Label(vm.onlyMissedProperty().get()
                    ? Messages.get("quiz.review.nothing.missed")
                    : Messages.get("quiz.review.empty"));
            empty.setGraphic(new FontIcon(vm.onlyMissedProperty().get() ? MaterialDesignC.CHECK_ALL : MaterialDesignB.BOOK_OPEN_OUTLINE));
            empty.getStyleClass().add(QuizStyles.REVIEW_EMPTY.css());
            column.getChildren().add(empty);
            return;
        }
        for (QuizReviewViewModel.Group g : vm.groupsProperty()) {
            column.getChildren().add(group(g));
        }
    }

    private Node group(QuizReviewViewModel.Group g) {
        Label title = new Label(g.title());
        title.getStyleClass().add(QuizStyles.REVIEW_LESSON_TITLE.css());
        title.setWrapText(true);
        Label score = new Label(g.scoreText());
        score.getStyleClass().add(QuizStyles.REVIEW_SCORE.css());
        Button open = new Button(Messages.get("quiz.review.open"), new FontIcon(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE));
        open.getStyleClass().add(QuizStyles.FLAT);
        open.setTooltip(new Tooltip(Messages.format("quiz.review.open.tooltip", g.title())));
        open.setOnAction(e -> navigator.openLesson(g.lessonId()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(12, title, score, grow, open);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(head);
        box.getStyleClass().add(QuizStyles.REVIEW_LESSON.css());
        for (QuizReviewViewModel.Row r : g.rows()) {
            box.getChildren().add(row(r));
        }
        return box;
    }

    private Node row(QuizReviewViewModel.Row r) {
        Label state = new Label(r.result().words());
        state.getStyleClass().add(QuizStyles.REVIEW_STATE.css());
        switch (r.result()) {
            case RIGHT -> {
                state.setGraphic(new FontIcon(MaterialDesignC.CHECK_CIRCLE));
                state.getStyleClass().add(QuizStyles.RIGHT.css());
            }
            case WRONG -> {
                state.setGraphic(new FontIcon(MaterialDesignC.CLOSE_CIRCLE));
                state.getStyleClass().add(QuizStyles.WRONG.css());
            }
            case NOT_ANSWERED -> {
                state.setGraphic(new FontIcon(MaterialDesignM.MINUS_CIRCLE_OUTLINE));
                state.getStyleClass().add(QuizStyles.NOT_ANSWERED.css());
            }
        }
        SelectableText prompt = InlineMarkdown.render(r.quiz().prompt());
        Label answer = new Label(r.result() == QuizReviewViewModel.Result.NOT_ANSWERED
                ? Messages.get("quiz.review.not.answered") : Messages.format("quiz.review.last", r.answerWords()));
        answer.getStyleClass().add(QuizStyles.REVIEW_ANSWER.css());
        answer.setWrapText(true);
        VBox text = new VBox(4, prompt, answer);
        if (r.checkpoint() != null) {
            Label at = new Label(r.checkpointText(), new FontIcon(MaterialDesignP.PAUSE_CIRCLE_OUTLINE));
            at.getStyleClass().add(QuizStyles.REVIEW_CHECKPOINT.css());
            text.getChildren().add(0, at);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        Node ask = AskTheRoomButton.of(room, r.quiz());
        HBox row = new HBox(state, text, ask);
        row.getStyleClass().add(QuizStyles.REVIEW_ROW.css());
        return row;
    }

    /** The focused retry view: the missed questions as live panels, starting fresh, one under another. */
    private void showRetry() {
        disposeRetry();
        Button back = new Button(Messages.get("quiz.review.back"), new FontIcon(MaterialDesignA.ARROW_LEFT));
        back.setTooltip(new Tooltip(Messages.get("quiz.review.back.tooltip")));
        back.setOnAction(e -> {
            showReview();
            refresh(); // the retried answers changed the scores
        });
        int missed = vm.missedRows().size();
        Label title = new Label(missed == 1 ? Messages.get("quiz.review.retry.title.one")
                : Messages.format("quiz.review.retry.title.many", missed));
        title.getStyleClass().add(QuizStyles.REVIEW_TOTAL.css());
        HBox bar = new HBox(back, title);
        bar.getStyleClass().add(QuizStyles.REVIEW_TOOLBAR.css());

        VBox list = new VBox(18);
        list.getStyleClass().add(QuizStyles.REVIEW_COLUMN.css());
        for (QuizReviewViewModel.Row r : vm.missedRows()) {
            String lessonTitle = vm.course().lesson(r.lessonId()).map(l -> l.title()).orElse(r.lessonId());
            Label from = new Label(r.checkpoint() == null ? Messages.format("quiz.review.from", lessonTitle)
                    : Messages.format("quiz.checkpoint.label", AnswerText.runClock(r.checkpoint().at()),
                    lessonTitle));
            from.getStyleClass().add(QuizStyles.REVIEW_SCORE.css());
            QuizPanel panel = new QuizPanel(r.quiz(), r.lessonId(), vm.progress(), vm.course());
            panel.startOver();
            retryPanels.add(panel);
            list.getChildren().addAll(from, panel);
        }
        StackPane centred = new StackPane(list);
        StackPane.setAlignment(list, Pos.TOP_CENTER);
        ScrollPane pane = new ScrollPane(centred);
        pane.setFitToWidth(true);
        root.setTop(bar);
        root.setCenter(pane);
        if (!retryPanels.isEmpty()) {
            QuizPanel first = retryPanels.get(0);
            javafx.application.Platform.runLater(first::requestFocus); // once it is in the scene: keys work at once
        }
    }

    private void disposeRetry() {
        retryPanels.forEach(QuizPanel::dispose);
        retryPanels.clear();
    }
}
