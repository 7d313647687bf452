package org.fanoutlab.ui.quiz;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fanoutlab.content.Grade;
import org.fanoutlab.content.ItemVerdict;
import org.fanoutlab.content.PredictQuiz;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.content.QuizAnswers;
import org.fanoutlab.progress.AnswerRecord;
import org.fanoutlab.ui.common.Messages;

/**
 * One quiz's state: the learner's input (a {@link QuizInput} for the quiz's type), Check / Hint / Try again, and
 * the verdict. Every check is recorded in the learner's progress. A quiz whose grading needs the engine's figure
 * (predict) asks {@link Figure} on a background executor and hands the result back on the UI executor, so the
 * panel never blocks.
 */
final class QuizPanelViewModel {

    /** Where a panel is: taking input, waiting for the engine, or showing a verdict. */
    enum Phase { ANSWERING, RUNNING, RIGHT, WRONG }

    /**
     * What the panel says about a checked answer; {@link #NONE} while answering.
     *
     * @param verdict    "Right" or "Not quite" in words, so the result never depends on colour
     * @param figureText predict: the engine's figure beside the guess
     * @param items      classify and order: the verdict on each item or step (by its index in the quiz)
     */
    record Outcome(String verdict, String feedback, String explain, String figureText, List<ItemVerdict> items) {
        static final Outcome NONE = new Outcome("", "", "", "", List.of());

        boolean shown() {
            return !verdict.isEmpty();
        }

        Outcome withVerdict(String words) {
            return new Outcome(words, feedback, explain, figureText, items);
        }

        Outcome withFigureText(String text) {
            return new Outcome(verdict, feedback, explain, text, items);
        }
    }

    /** The engine's figure for a predict quiz. Blocking; called off the UI thread. */
    @FunctionalInterface
    interface Figure {
        double of(Quiz quiz) throws Exception;
    }

    private final Quiz quiz;
    private final QuizInput input;
    private final String lessonId;
    private final LearnerProgress progress;
    private final Grading grading;
    private final Figure figure;
    private final Executor background;
    private final Executor ui;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.ANSWERING);
    private final ReadOnlyBooleanWrapper canCheck = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hintShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private Runnable onRecorded = () -> { };
    /** The engine is deterministic, so one run per panel is enough; Try again reuses it. */
    private Double actual;
    private boolean disposed;

    QuizPanelViewModel(Quiz quiz, String lessonId, LearnerProgress progress, Grading grading, Figure figure,
                       Executor background, Executor ui) {
        this.quiz = Objects.requireNonNull(quiz, "quiz");
        this.input = QuizInputs.input(quiz);
        this.lessonId = Objects.requireNonNull(lessonId, "lessonId");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.grading = Objects.requireNonNull(grading, "grading");
        this.figure = Objects.requireNonNull(figure, "figure");
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
        input.readyProperty().addListener((obs, old, now) -> updateCanCheck());
        phase.addListener((obs, old, now) -> input.setLocked(now != Phase.ANSWERING));
        progress.lastAnswer(quiz.id()).ifPresent(this::restore);
        updateCanCheck();
    }

    // --- properties -------------------------------------------------------------------------------------

    Quiz quiz() {
        return quiz;
    }

    String lessonId() {
        return lessonId;
    }

    QuizInput input() {
        return input;
    }

    /** The input as its own type, for its view and for tests. */
    <I extends QuizInput> I input(Class<I> type) {
        return type.cast(input);
    }

    ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canCheckProperty() {
        return canCheck.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty hintShownProperty() {
        return hintShown.getReadOnlyProperty();
    }

    /** What the panel says about the checked answer. */
    ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** A problem running the preset, in words. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    boolean isLocked() {
        return phase.get() != Phase.ANSWERING;
    }

    /** Whether a verdict shows (right or wrong). */
    boolean isAnswered() {
        return phase.get() == Phase.RIGHT || phase.get() == Phase.WRONG;
    }

    void setOnRecorded(Runnable onRecorded) {
        this.onRecorded = Objects.requireNonNull(onRecorded);
    }

    // --- commands ---------------------------------------------------------------------------------------

    void showHint() {
        hintShown.set(true);
    }

    /**
     * Keyboard: Enter checks, H shows the hint, and the input takes its own keys (digits, T/F). Returns whether
     * the key meant something here, so the view consumes only those.
     */
    boolean key(char c) {
        char k = Character.toLowerCase(c);
        if (k == '\n' || k == '\r') {
            if (canCheck.get()) {
                check();
                return true;
            }
            return false;
        }
        if (k == 'h') {
            showHint();
            return true;
        }
        return !isLocked() && input.key(k);
    }

    void check() {
        if (!canCheck.get()) {
            return;
        }
        error.set("");
        QuizAnswer answer = input.answer();
        if (quiz.type().kind().needsEngineFigure()) {
            double guess = ((QuizAnswer.Number) answer).value();
            if (actual != null) {
                finishPrediction(guess, actual);
            } else {
                runPrediction(guess);
            }
            return;
        }
        Grade grade = grading.grade(quiz, answer);
        show(grade);
        progress.recordAnswer(lessonId, quiz.id(), QuizAnswers.store(quiz, answer), grade.correct());
        onRecorded.run();
    }

    /** Back to answering; the previous input stays so the learner can change just what was wrong. */
    void tryAgain() {
        if (!isAnswered()) {
            return;
        }
        phase.set(Phase.ANSWERING);
        outcome.set(Outcome.NONE);
        updateCanCheck();
    }

    /** A blank slate for a retry: unlocks like {@link #tryAgain} and also clears the earlier input. */
    void startOver() {
        tryAgain();
        if (phase.get() != Phase.ANSWERING) {
            return; // an engine run is under way; let it finish
        }
        input.clear();
        updateCanCheck();
    }

    /** What the learner entered and has not checked, with the hint if it shows; null when there is nothing. */
    QuizDraft draft() {
        Object input = phase.get() == Phase.ANSWERING ? this.input.draft() : null;
        return input == null && !hintShown.get() ? null : new QuizDraft(input, hintShown.get());
    }

    /** Shows a draft again, unless the panel already shows a verdict (the answer was recorded meanwhile). */
    void restore(QuizDraft draft) {
        if (draft == null || phase.get() != Phase.ANSWERING) {
            return;
        }
        if (draft.input() != null) {
            input.restoreDraft(draft.input());
        }
        if (draft.hintShown()) {
            showHint();
        }
    }

    /** Stops listening for a running prediction (the panel is leaving the screen). */
    void dispose() {
        disposed = true;
    }

    // --- internals --------------------------------------------------------------------------------------

    private void runPrediction(double guess) {
        phase.set(Phase.RUNNING);
        updateCanCheck();
        try {
            background.execute(() -> {
                try {
                    double value = figure.of(quiz);
                    ui.execute(() -> {
                        if (!disposed) {
                            actual = value;
                            finishPrediction(guess, value);
                        }
                    });
                } catch (Exception | Error e) {
                    ui.execute(() -> {
                        if (!disposed) {
                            failPrediction(e);
                        }
                    });
                }
            });
        } catch (RuntimeException rejected) {
            failPrediction(rejected);
        }
    }

    private void finishPrediction(double guess, double value) {
        Grade grade = grading.gradePrediction(quiz, guess, value);
        phase.set(Phase.ANSWERING); // lets show() move on from RUNNING like from a normal check
        show(grade);
        outcome.set(outcome.get().withFigureText(Messages.format("quiz.figure", withUnit(AnswerText.readable(guess)),
                withUnit(AnswerText.readable(value)))));
        progress.recordAnswer(lessonId, quiz.id(), QuizAnswers.store(quiz, new QuizAnswer.Number(guess)),
                grade.correct());
        onRecorded.run();
    }

    private void failPrediction(Throwable e) {
        phase.set(Phase.ANSWERING);
        String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        error.set(Messages.format("quiz.error.preset", quiz.body(PredictQuiz.Body.class).preset(), why));
        updateCanCheck();
    }

    private void show(Grade grade) {
        phase.set(grade.correct() ? Phase.RIGHT : Phase.WRONG);
        outcome.set(new Outcome(verdictWords(grade.correct()), nullToEmpty(grade.feedback()),
                nullToEmpty(grade.explain() != null ? grade.explain() : quiz.explain()), "", grade.items()));
        updateCanCheck();
    }

    private void setVerdict(boolean correct) {
        phase.set(correct ? Phase.RIGHT : Phase.WRONG);
        outcome.set(outcome.get().withVerdict(verdictWords(correct)));
    }

    private static String verdictWords(boolean correct) {
        return Messages.get(correct ? "quiz.verdict.right" : "quiz.verdict.wrong");
    }

    private String withUnit(String figureText) {
        return quiz.unit() == null || quiz.unit().isBlank() ? figureText : figureText + " " + quiz.unit();
    }

    private void updateCanCheck() {
        canCheck.set(input.readyProperty().get() && phase.get() == Phase.ANSWERING);
    }

    /** Shows the last saved answer and its verdict, as the learner left it. */
    private void restore(AnswerRecord last) {
        Optional<QuizAnswer> answer = QuizAnswers.restore(quiz, last.answer());
        if (answer.isEmpty()) {
            return; // the quiz changed since it was answered; start fresh rather than show a wrong verdict
        }
        input.show(answer.get());
        if (!input.readyProperty().get()) {
            input.clear(); // not a whole answer (nothing chosen, an item unsorted): nothing was checked
            return;
        }
        if (quiz.type().kind().needsEngineFigure()) {
            // The engine's figure is not stored; show the saved verdict and offer to run it again.
            phase.set(last.correct() ? Phase.RIGHT : Phase.WRONG);
            outcome.set(new Outcome(verdictWords(last.correct()), Messages.format("quiz.restored.guess",
                    withUnit(AnswerText.readable(((QuizAnswer.Number) answer.get()).value()))),
                    nullToEmpty(quiz.explain()), "", List.of()));
            updateCanCheck();
            return;
        }
        show(grading.grade(quiz, answer.get()));
        // The stored verdict wins: it is what the learner was told, even if grading rules changed since.
        setVerdict(last.correct());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
