package org.fanoutlab.ui.quiz;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.ItemVerdict;
import org.fanoutlab.content.PredictQuiz;
import org.fanoutlab.content.PresetFigures;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.ui.common.AppContext;
import org.fanoutlab.ui.common.AskTheRoom;
import org.fanoutlab.ui.common.AskTheRoomButton;
import org.fanoutlab.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * One quiz as an interactive panel: prompt, the input of its type ({@link QuizInputs}), Check / Hint / Try again,
 * and the verdict in an icon and words. Works from the keyboard alone (the type's keys, H, Enter). The view only
 * builds nodes, binds and forwards; {@link QuizPanelViewModel} holds the state.
 */
public final class QuizPanel extends VBox {

    /** Predict quizzes run the engine here: daemon threads so a running preset never keeps the app alive. */
    private static final ExecutorService ENGINE_RUNS = Executors.newFixedThreadPool(1, r -> {
        Thread t = new Thread(r, "quiz-predict");
        t.setDaemon(true);
        return t;
    });

    private final QuizPanelViewModel vm;
    private final QuizInputView input;
    private final HBox header;
    private final Button check = new Button(Messages.get("quiz.button.check"), new FontIcon(MaterialDesignC.CHECK_BOLD));

    public QuizPanel(AppContext ctx, String lessonId, Quiz quiz) {
        this(quiz, lessonId, LearnerProgress.of(ctx.progress()), ctx.course());
    }

    public QuizPanel(Quiz quiz, String lessonId, LearnerProgress progress, Course course) {
        this(new QuizPanelViewModel(quiz, lessonId, progress, Grading.STANDARD, figureFrom(course),
                ENGINE_RUNS, Platform::runLater));
    }

    QuizPanel(QuizPanelViewModel vm) {
        this.vm = vm;
        this.input = QuizInputs.view(vm.input());
        this.header = header();
        getStylesheets().add(QuizStyles.stylesheet());
        getStyleClass().add(QuizStyles.PANEL.css());
        setFocusTraversable(true);
        setAccessibleText(Messages.format("quiz.accessible.question", AnswerText.plainText(vm.quiz().prompt())));
        getChildren().addAll(header, InlineMarkdown.render(vm.quiz().prompt(), QuizStyles.PROMPT.css()), input.node(),
                buttons(), hint(), running(), error(), result());
        input.setLocked(vm.isLocked());
        vm.phaseProperty().addListener((obs, old, now) -> input.setLocked(vm.isLocked()));
        input.showVerdicts(vm.outcomeProperty().get().items());
        vm.outcomeProperty().addListener((obs, old, now) -> input.showVerdicts(now.items()));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** Adds "Ask the room" to the header: shown while a class session is open and phones can answer this quiz. */
    public void offerToRoom(AskTheRoom room) {
        header.getChildren().add(AskTheRoomButton.of(room, vm.quiz()));
    }

    /** Called after every recorded answer (lesson lists refresh their scores). */
    public void setOnAnswerRecorded(Runnable r) {
        vm.setOnRecorded(r);
    }

    /** Ignore a prediction still running when the panel leaves the screen. */
    public void dispose() {
        vm.dispose();
    }

    /** Clears an earlier answer and its verdict so the learner answers afresh (the retry view). */
    public void startOver() {
        vm.startOver();
    }

    /** What the learner entered here and has not checked yet, for a panel built in another language; may be null. */
    public QuizDraft draft() {
        return vm.draft();
    }

    /** Shows again a draft taken from the panel this one replaces. */
    public void restore(QuizDraft draft) {
        vm.restore(draft);
    }

    public String quizId() {
        return vm.quiz().id();
    }

    /** Whether a verdict shows: the learner has answered (a checkpoint card then lets the run go on). */
    public boolean isAnswered() {
        return vm.isAnswered();
    }

    /** Calls {@code listener} each time a verdict appears or goes away. */
    public void onAnsweredChange(Runnable listener) {
        vm.phaseProperty().addListener((obs, old, now) -> listener.run());
    }

    /** Puts the keyboard focus where the learner answers (the first option, item, step or the number field). */
    public void focusInput() {
        input.focusFirst();
    }

    private static QuizPanelViewModel.Figure figureFrom(Course course) {
        return q -> {
            PredictQuiz.Body p = q.body(PredictQuiz.Body.class);
            return PresetFigures.run(course.preset(p.preset()), p.metric());
        };
    }

    private HBox header() {
        FontIcon icon = new FontIcon(MaterialDesignH.HELP_CIRCLE_OUTLINE);
        Label kind = new Label(vm.input().kindText(), icon);
        kind.getStyleClass().add(QuizStyles.KIND.css());
        kind.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label keys = new Label(vm.input().keysText());
        keys.getStyleClass().add(QuizStyles.KEYS.css());
        keys.setWrapText(true);
        HBox box = new HBox(kind, grow, keys);
        box.getStyleClass().add(QuizStyles.HEADER.css());
        return box;
    }

    private Node buttons() {
        check.getStyleClass().add(QuizStyles.ACCENT);
        check.setTooltip(new Tooltip(Messages.get("quiz.button.check.tooltip")));
        check.disableProperty().bind(vm.canCheckProperty().not());
        check.setOnAction(e -> vm.check());
        // Once a verdict shows, Try again is the next step; a greyed-out Check beside it only distracts.
        showWhen(check, verdictShown().not());

        Button hint = new Button(Messages.get("quiz.button.hint"), new FontIcon(MaterialDesignL.LIGHTBULB_ON_OUTLINE));
        hint.setTooltip(new Tooltip(Messages.get("quiz.button.hint.tooltip")));
        hint.disableProperty().bind(vm.hintShownProperty());
        hint.setOnAction(e -> vm.showHint());

        Button again = new Button(Messages.get("quiz.button.again"), new FontIcon(MaterialDesignR.REPLAY));
        again.setTooltip(new Tooltip(Messages.get("quiz.button.again.tooltip")));
        showWhen(again, vm.phaseProperty().isEqualTo(QuizPanelViewModel.Phase.RIGHT)
                .or(vm.phaseProperty().isEqualTo(QuizPanelViewModel.Phase.WRONG)));
        again.setOnAction(e -> {
            vm.tryAgain();
            input.focusFirst();
        });

        HBox box = new HBox(check, hint, again);
        box.getStyleClass().add(QuizStyles.BUTTONS.css());
        return box;
    }

    private Node hint() {
        Label title = new Label(Messages.get("quiz.hint.title"), new FontIcon(MaterialDesignL.LIGHTBULB_ON_OUTLINE));
        title.getStyleClass().add(QuizStyles.EXPLAIN_TITLE.css());
        VBox box = new VBox(title, InlineMarkdown.render(vm.quiz().hint()));
        box.getStyleClass().add(QuizStyles.HINT.css());
        showWhen(box, vm.hintShownProperty());
        return box;
    }

    private Node running() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        // only a prediction ever runs; the label stays hidden and empty for every other type
        String preset = vm.quiz().body() instanceof PredictQuiz.Body p ? p.preset() : "";
        Label label = new Label(Messages.format("quiz.running", preset), spinner);
        label.getStyleClass().add(QuizStyles.RUNNING.css());
        showWhen(label, vm.phaseProperty().isEqualTo(QuizPanelViewModel.Phase.RUNNING));
        return label;
    }

    private Node error() {
        Label label = new Label();
        label.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        label.setWrapText(true);
        label.getStyleClass().add(QuizStyles.ERROR.css());
        label.textProperty().bind(vm.errorProperty());
        showWhen(label, vm.errorProperty().isNotEmpty());
        return label;
    }

    private Node result() {
        FontIcon icon = new FontIcon();
        Label verdict = new Label();
        verdict.setGraphic(icon);
        verdict.getStyleClass().add(QuizStyles.VERDICT.css());
        verdict.textProperty().bind(vm.outcomeProperty().map(QuizPanelViewModel.Outcome::verdict));

        SelectableText feedback = new SelectableText();
        feedback.getStyleClass().add(QuizStyles.FEEDBACK.css());
        Label figure = new Label();
        figure.getStyleClass().add(QuizStyles.FIGURE.css());
        figure.textProperty().bind(vm.outcomeProperty().map(QuizPanelViewModel.Outcome::figureText));
        showWhen(figure, figure.textProperty().isNotEmpty());

        Label whyTitle = new Label(Messages.get("quiz.why.title"));
        whyTitle.getStyleClass().add(QuizStyles.EXPLAIN_TITLE.css());
        SelectableText explain = new SelectableText();
        VBox why = new VBox(whyTitle, explain);
        why.getStyleClass().add(QuizStyles.EXPLAIN.css());
        showWhen(why, BooleanExpression.booleanExpression(vm.outcomeProperty().map(o -> !o.explain().isEmpty())));

        VBox box = new VBox(verdict, figure, feedback, why);
        box.getStyleClass().add(QuizStyles.RESULT.css());
        box.setAccessibleRole(AccessibleRole.TEXT);

        Consumer<QuizPanelViewModel.Outcome> say = o -> {
            setRuns(feedback, o.feedback());
            setRuns(explain, o.explain());
            box.setAccessibleText(o.verdict() + ". " + o.feedback());
        };
        vm.outcomeProperty().addListener((obs, old, now) -> say.accept(now));
        say.accept(vm.outcomeProperty().get());
        Runnable paint = () -> {
            QuizPanelViewModel.Phase p = vm.phaseProperty().get();
            box.getStyleClass().removeAll(QuizStyles.RIGHT.css(), QuizStyles.WRONG.css());
            if (p == QuizPanelViewModel.Phase.RIGHT) {
                box.getStyleClass().add(QuizStyles.RIGHT.css());
                icon.setIconCode(MaterialDesignC.CHECK_CIRCLE);
            } else if (p == QuizPanelViewModel.Phase.WRONG) {
                box.getStyleClass().add(QuizStyles.WRONG.css());
                icon.setIconCode(MaterialDesignC.CLOSE_CIRCLE);
            }
        };
        vm.phaseProperty().addListener((obs, old, now) -> paint.run());
        paint.run();
        showWhen(box, verdictShown());
        return box;
    }

    private BooleanExpression verdictShown() {
        return BooleanExpression.booleanExpression(vm.outcomeProperty().map(QuizPanelViewModel.Outcome::shown));
    }

    private void onKey(KeyEvent e) {
        if (input.onKey(e)) {
            e.consume();
            return;
        }
        char c = keyChar(e.getCode());
        if (c == 0 || (input.typing() && c != '\n') || e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
            return; // a text field keeps its letters and digits; shortcuts with modifiers belong to the window
        }
        if (vm.key(c)) {
            e.consume();
        }
    }

    /** The character a key stands for in {@link QuizPanelViewModel#key}; 0 for keys the panel ignores. */
    static char keyChar(KeyCode code) {
        if (code == KeyCode.ENTER) {
            return '\n';
        }
        if (code.isDigitKey()) {
            String name = code.getName(); // "1" or "Numpad 1"
            return name.charAt(name.length() - 1);
        }
        return switch (code) {
            case T -> 't';
            case F -> 'f';
            case H -> 'h';
            default -> 0;
        };
    }

    /** "Right" or "Wrong" for one item, as a screen reader says it. */
    static String verdictWords(ItemVerdict v) {
        return Messages.get(v.correct() ? "quiz.item.right" : "quiz.item.wrong") + ".";
    }

    /** Shows one item's verdict in {@code label}: icon, colour class and the feedback. */
    static void markVerdict(Label label, ItemVerdict v) {
        label.setText(AnswerText.plainText(v.feedback()));
        label.setGraphic(new FontIcon(v.correct() ? MaterialDesignC.CHECK_CIRCLE : MaterialDesignC.CLOSE_CIRCLE));
        label.getStyleClass().removeAll(QuizStyles.RIGHT.css(), QuizStyles.WRONG.css());
        label.getStyleClass().add(v.correct() ? QuizStyles.RIGHT.css() : QuizStyles.WRONG.css());
    }

    private static void setRuns(SelectableText flow, String markdown) {
        flow.clearSelection();
        flow.getChildren().removeIf(Text.class::isInstance);
        flow.append(InlineMarkdown.runs(markdown).toArray(Text[]::new));
    }

    static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
