package org.fanoutlab.ui.quiz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.PresetFigures;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizOption;
import org.fanoutlab.content.QuizType;
import org.fanoutlab.ui.common.AppContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * One quiz as an interactive panel: prompt, inputs for its type, Check / Hint / Try again, and the verdict
 * in an icon and words. Works from the keyboard alone (1–6, T/F, H, Enter). The view only builds nodes,
 * binds and forwards; {@link QuizPanelViewModel} holds the state.
 */
public final class QuizPanel extends VBox {

    /** Predict quizzes run the engine here: daemon threads so a running preset never keeps the app alive. */
    private static final ExecutorService ENGINE_RUNS = Executors.newFixedThreadPool(1, r -> {
        Thread t = new Thread(r, "quiz-predict");
        t.setDaemon(true);
        return t;
    });

    private final QuizPanelViewModel vm;
    private final List<ButtonBase> optionButtons = new ArrayList<>();
    private TextField numberField;

    public QuizPanel(AppContext ctx, String lessonId, Quiz quiz) {
        this(quiz, lessonId, LearnerProgress.of(ctx.progress()), ctx.course());
    }

    public QuizPanel(Quiz quiz, String lessonId, LearnerProgress progress, Course course) {
        this(new QuizPanelViewModel(quiz, lessonId, progress, Grading.STANDARD, figureFrom(course),
                ENGINE_RUNS, Platform::runLater));
    }

    QuizPanel(QuizPanelViewModel vm) {
        this.vm = vm;
        getStylesheets().add(QuizStyles.stylesheet());
        getStyleClass().add(QuizStyles.PANEL);
        setFocusTraversable(true);
        setAccessibleText("Question: " + vm.quiz().prompt());
        getChildren().addAll(header(), InlineMarkdown.render(vm.quiz().prompt(), QuizStyles.PROMPT), inputs(),
                buttons(), hint(), running(), error(), result());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
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

    public String quizId() {
        return vm.quiz().id();
    }

    private static QuizPanelViewModel.Figure figureFrom(Course course) {
        return q -> {
            Path preset = course.preset(q.preset());
            return PresetFigures.run(preset, q.metric());
        };
    }

    private Node header() {
        FontIcon icon = new FontIcon(MaterialDesignH.HELP_CIRCLE_OUTLINE);
        Label kind = new Label(kindText(vm.quiz()), icon);
        kind.getStyleClass().add(QuizStyles.KIND);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label keys = new Label(keysText(vm.quiz()));
        keys.getStyleClass().add(QuizStyles.KEYS);
        HBox box = new HBox(kind, grow, keys);
        box.getStyleClass().add(QuizStyles.HEADER);
        return box;
    }

    private Node inputs() {
        Quiz q = vm.quiz();
        VBox box = new VBox();
        box.getStyleClass().add(QuizStyles.OPTIONS);
        switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                ToggleGroup group = new ToggleGroup();
                for (int i = 0; i < q.options().size(); i++) {
                    QuizOption o = q.options().get(i);
                    String text = (i + 1) + ".  " + plain(o.text());
                    ButtonBase b;
                    if (q.type() == QuizType.SINGLE) {
                        RadioButton r = new RadioButton(text);
                        r.setToggleGroup(group);
                        b = r;
                    } else {
                        b = new CheckBox(text);
                    }
                    int index = i;
                    b.getStyleClass().add(QuizStyles.OPTION);
                    b.setWrapText(true);
                    b.setMaxWidth(Double.MAX_VALUE);
                    b.setTooltip(new Tooltip("Key " + (i + 1)));
                    b.setOnAction(e -> {
                        vm.choose(index);
                        syncChoices(vm.chosenProperty().get());
                    });
                    optionButtons.add(b);
                    box.getChildren().add(b);
                }
                vm.chosenProperty().addListener((obs, old, now) -> syncChoices(now));
                syncChoices(vm.chosenProperty().get());
            }
            case TRUE_FALSE -> {
                ToggleGroup group = new ToggleGroup();
                ToggleButton yes = new ToggleButton("True", new FontIcon(MaterialDesignC.CHECK));
                ToggleButton no = new ToggleButton("False", new FontIcon(MaterialDesignC.CLOSE));
                yes.setToggleGroup(group);
                no.setToggleGroup(group);
                yes.getStyleClass().add(QuizStyles.LEFT_PILL);
                no.getStyleClass().add(QuizStyles.RIGHT_PILL);
                yes.setTooltip(new Tooltip("Answer true (key T)"));
                no.setTooltip(new Tooltip("Answer false (key F)"));
                yes.setOnAction(e -> {
                    vm.chooseTrueFalse(true);
                    syncTrueFalse(yes, no);
                });
                no.setOnAction(e -> {
                    vm.chooseTrueFalse(false);
                    syncTrueFalse(yes, no);
                });
                optionButtons.add(yes);
                optionButtons.add(no);
                vm.trueFalseProperty().addListener((obs, old, now) -> syncTrueFalse(yes, no));
                syncTrueFalse(yes, no);
                box.getChildren().add(new HBox(yes, no));
            }
            case NUMERIC, PREDICT -> {
                numberField = new TextField(vm.numberTextProperty().get());
                numberField.setPrefColumnCount(12);
                numberField.setPromptText(q.type() == QuizType.PREDICT ? "Your guess" : "Your answer");
                numberField.setAccessibleText(q.type() == QuizType.PREDICT ? "Your guess" : "Your answer");
                numberField.setTooltip(new Tooltip("Type a number, then press Enter to check"));
                numberField.textProperty().addListener((obs, old, now) -> vm.setNumberText(now));
                vm.numberTextProperty().addListener((obs, old, now) -> {
                    if (!now.equals(numberField.getText())) {
                        numberField.setText(now);
                    }
                });
                numberField.editableProperty().bind(vm.phaseProperty().isEqualTo(QuizPanelViewModel.Phase.ANSWERING));
                HBox row = new HBox(numberField);
                row.getStyleClass().add(QuizStyles.NUMBER_ROW);
                if (q.unit() != null && !q.unit().isBlank()) {
                    Label unit = new Label(q.unit());
                    unit.getStyleClass().add(QuizStyles.UNIT);
                    row.getChildren().add(unit);
                }
                Label validation = new Label();
                validation.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
                validation.getStyleClass().add(QuizStyles.VALIDATION);
                validation.textProperty().bind(vm.validationProperty());
                showWhen(validation, vm.validationProperty().isNotEmpty());
                validation.setWrapText(true);
                box.getChildren().addAll(row, validation);
            }
        }
        return box;
    }

    private Node buttons() {
        Button check = new Button("Check", new FontIcon(MaterialDesignC.CHECK_BOLD));
        check.getStyleClass().add(QuizStyles.ACCENT);
        check.setTooltip(new Tooltip("Check your answer (Enter)"));
        check.disableProperty().bind(vm.canCheckProperty().not());
        check.setOnAction(e -> vm.check());
        // Once a verdict shows, Try again is the next step; a greyed-out Check beside it only distracts.
        showWhen(check, vm.verdictProperty().isEmpty());

        Button hint = new Button("Hint", new FontIcon(MaterialDesignL.LIGHTBULB_ON_OUTLINE));
        hint.setTooltip(new Tooltip("Show a hint (H)"));
        hint.disableProperty().bind(vm.hintShownProperty());
        hint.setOnAction(e -> vm.showHint());

        Button again = new Button("Try again", new FontIcon(MaterialDesignR.REPLAY));
        again.setTooltip(new Tooltip("Change your answer and check again"));
        showWhen(again, vm.phaseProperty().isEqualTo(QuizPanelViewModel.Phase.RIGHT)
                .or(vm.phaseProperty().isEqualTo(QuizPanelViewModel.Phase.WRONG)));
        again.setOnAction(e -> {
            vm.tryAgain();
            focusFirstInput();
        });

        HBox box = new HBox(check, hint, again);
        box.getStyleClass().add(QuizStyles.BUTTONS);
        return box;
    }

    private Node hint() {
        Label title = new Label("Hint", new FontIcon(MaterialDesignL.LIGHTBULB_ON_OUTLINE));
        title.getStyleClass().add(QuizStyles.EXPLAIN_TITLE);
        VBox box = new VBox(title, InlineMarkdown.render(vm.quiz().hint()));
        box.getStyleClass().add(QuizStyles.HINT);
        showWhen(box, vm.hintShownProperty());
        return box;
    }

    private Node running() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        Label label = new Label("Running the preset \u201c" + vm.quiz().preset() + "\u201d in the engine\u2026", spinner);
        label.getStyleClass().add(QuizStyles.RUNNING);
        showWhen(label, vm.phaseProperty().isEqualTo(QuizPanelViewModel.Phase.RUNNING));
        return label;
    }

    private Node error() {
        Label label = new Label();
        label.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        label.setWrapText(true);
        label.getStyleClass().add(QuizStyles.ERROR);
        label.textProperty().bind(vm.errorProperty());
        showWhen(label, vm.errorProperty().isNotEmpty());
        return label;
    }

    private Node result() {
        FontIcon icon = new FontIcon();
        Label verdict = new Label();
        verdict.setGraphic(icon);
        verdict.getStyleClass().add(QuizStyles.VERDICT);
        verdict.textProperty().bind(vm.verdictProperty());

        SelectableText feedback = new SelectableText();
        feedback.getStyleClass().add(QuizStyles.FEEDBACK);
        Label figure = new Label();
        figure.getStyleClass().add(QuizStyles.FIGURE);
        figure.textProperty().bind(vm.figureTextProperty());
        showWhen(figure, vm.figureTextProperty().isNotEmpty());

        Label whyTitle = new Label("Why");
        whyTitle.getStyleClass().add(QuizStyles.EXPLAIN_TITLE);
        SelectableText explain = new SelectableText();
        VBox why = new VBox(whyTitle, explain);
        why.getStyleClass().add(QuizStyles.EXPLAIN);
        showWhen(why, vm.explainProperty().isNotEmpty());

        VBox box = new VBox(verdict, figure, feedback, why);
        box.getStyleClass().add(QuizStyles.RESULT);
        box.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);

        vm.feedbackProperty().addListener((obs, old, now) -> setRuns(feedback, now));
        vm.explainProperty().addListener((obs, old, now) -> setRuns(explain, now));
        setRuns(feedback, vm.feedbackProperty().get());
        setRuns(explain, vm.explainProperty().get());
        Runnable paint = () -> {
            QuizPanelViewModel.Phase p = vm.phaseProperty().get();
            box.getStyleClass().removeAll(QuizStyles.RIGHT, QuizStyles.WRONG);
            if (p == QuizPanelViewModel.Phase.RIGHT) {
                box.getStyleClass().add(QuizStyles.RIGHT);
                icon.setIconCode(MaterialDesignC.CHECK_CIRCLE);
            } else if (p == QuizPanelViewModel.Phase.WRONG) {
                box.getStyleClass().add(QuizStyles.WRONG);
                icon.setIconCode(MaterialDesignC.CLOSE_CIRCLE);
            }
            box.setAccessibleText(vm.verdictProperty().get() + ". " + vm.feedbackProperty().get());
        };
        vm.phaseProperty().addListener((obs, old, now) -> paint.run());
        paint.run();
        showWhen(box, vm.verdictProperty().isNotEmpty());
        return box;
    }

    private void onKey(KeyEvent e) {
        boolean inField = numberField != null && numberField.isFocused();
        char c = keyChar(e.getCode());
        if (c == 0 || (inField && c != '\n')) {
            return; // a text field keeps its letters and digits
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

    private void syncChoices(Set<Integer> chosen) {
        for (int i = 0; i < optionButtons.size(); i++) {
            ButtonBase b = optionButtons.get(i);
            boolean on = chosen.contains(i);
            if (b instanceof RadioButton r) {
                r.setSelected(on);
            } else if (b instanceof CheckBox c) {
                c.setSelected(on);
            }
        }
    }

    private void syncTrueFalse(ToggleButton yes, ToggleButton no) {
        Boolean v = vm.trueFalseProperty().get();
        yes.setSelected(Boolean.TRUE.equals(v));
        no.setSelected(Boolean.FALSE.equals(v));
    }

    private void focusFirstInput() {
        if (numberField != null) {
            numberField.requestFocus();
        } else if (!optionButtons.isEmpty()) {
            optionButtons.get(0).requestFocus();
        } else {
            requestFocus();
        }
    }

    private static void setRuns(SelectableText flow, String markdown) {
        flow.clearSelection();
        flow.getChildren().removeIf(Text.class::isInstance);
        flow.append(InlineMarkdown.runs(markdown).toArray(Text[]::new));
    }

    private static String plain(String markdown) {
        StringBuilder sb = new StringBuilder();
        InlineMarkdown.runs(markdown).forEach(t -> sb.append(t.getText()));
        return sb.toString();
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static String kindText(Quiz q) {
        return switch (q.type()) {
            case SINGLE -> "Question \u2013 choose one";
            case MULTIPLE -> "Question \u2013 choose all that apply";
            case TRUE_FALSE -> "Question \u2013 true or false?";
            case NUMERIC -> "Question \u2013 type a number";
            case PREDICT -> "Predict \u2013 then the engine runs it";
            case CLASSIFY -> "Question \u2013 sort into buckets";
            case ORDER -> "Question \u2013 put in order";
        };
    }

    private static String keysText(Quiz q) {
        int n = Math.min(q.options().size(), QuizPanelViewModel.MAX_KEYED_OPTIONS);
        return switch (q.type()) {
            case SINGLE -> "Keys: 1\u2013" + n + " choose, Enter check, H hint";
            case MULTIPLE -> "Keys: 1\u2013" + n + " toggle, Enter check, H hint";
            case TRUE_FALSE -> "Keys: T / F, Enter check, H hint";
            case NUMERIC, PREDICT, CLASSIFY, ORDER -> "Enter checks";
        };
    }
}
