package org.fanoutlab.ui.quiz;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fanoutlab.content.Grade;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.content.QuizType;
import org.fanoutlab.progress.AnswerRecord;

/**
 * One quiz's state: the learner's input, Check / Hint / Try again, and the verdict. Every check is recorded
 * in the learner's progress. A predict quiz asks {@link Figure} for the engine's number on a background
 * executor and hands the result back on the UI executor, so the panel never blocks.
 */
final class QuizPanelViewModel {

    /** Where a panel is: taking input, waiting for the engine, or showing a verdict. */
    enum Phase { ANSWERING, RUNNING, RIGHT, WRONG }

    /** The engine's figure for a predict quiz. Blocking; called off the UI thread. */
    @FunctionalInterface
    interface Figure {
        double of(Quiz quiz) throws Exception;
    }

    /** Options beyond 6 have no digit key; the schema allows 2 to 6. */
    static final int MAX_KEYED_OPTIONS = 6;

    private final Quiz quiz;
    private final String lessonId;
    private final LearnerProgress progress;
    private final Grading grading;
    private final Figure figure;
    private final Executor background;
    private final Executor ui;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.ANSWERING);
    private final ReadOnlyObjectWrapper<Set<Integer>> chosen = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyObjectWrapper<Boolean> trueFalse = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper numberText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canCheck = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hintShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explain = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper figureText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private Runnable onRecorded = () -> { };
    /** The engine is deterministic, so one run per panel is enough; Try again reuses it. */
    private Double actual;
    private boolean disposed;

    QuizPanelViewModel(Quiz quiz, String lessonId, LearnerProgress progress, Grading grading, Figure figure,
                       Executor background, Executor ui) {
        this.quiz = Objects.requireNonNull(quiz, "quiz");
        this.lessonId = Objects.requireNonNull(lessonId, "lessonId");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.grading = Objects.requireNonNull(grading, "grading");
        this.figure = Objects.requireNonNull(figure, "figure");
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
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

    ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** Chosen option indices (single and multiple). */
    ReadOnlyObjectProperty<Set<Integer>> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** The true-false choice, null before one is made. */
    ReadOnlyObjectProperty<Boolean> trueFalseProperty() {
        return trueFalse.getReadOnlyProperty();
    }

    ReadOnlyStringProperty numberTextProperty() {
        return numberText.getReadOnlyProperty();
    }

    /** Why the typed number cannot be checked; empty when it can (or nothing is typed yet). */
    ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canCheckProperty() {
        return canCheck.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty hintShownProperty() {
        return hintShown.getReadOnlyProperty();
    }

    /** "Right" or "Not quite" in words, so the result never depends on colour. */
    ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    ReadOnlyStringProperty explainProperty() {
        return explain.getReadOnlyProperty();
    }

    /** Predict: the engine's figure beside the guess. */
    ReadOnlyStringProperty figureTextProperty() {
        return figureText.getReadOnlyProperty();
    }

    /** A problem running the preset, in words. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    boolean isLocked() {
        return phase.get() != Phase.ANSWERING;
    }

    void setOnRecorded(Runnable onRecorded) {
        this.onRecorded = Objects.requireNonNull(onRecorded);
    }

    // --- commands ---------------------------------------------------------------------------------------

    /** Single: select option {@code index}; multiple: toggle it. Ignored once checked or out of range. */
    void choose(int index) {
        if (isLocked() || index < 0 || index >= quiz.options().size()) {
            return;
        }
        if (quiz.type() == QuizType.SINGLE) {
            chosen.set(Set.of(index));
        } else if (quiz.type() == QuizType.MULTIPLE) {
            Set<Integer> next = new TreeSet<>(chosen.get());
            if (!next.remove(index)) {
                next.add(index);
            }
            chosen.set(Set.copyOf(next));
        }
        updateCanCheck();
    }

    void chooseTrueFalse(boolean value) {
        if (isLocked() || quiz.type() != QuizType.TRUE_FALSE) {
            return;
        }
        trueFalse.set(value);
        updateCanCheck();
    }

    void setNumberText(String text) {
        if (isLocked()) {
            return;
        }
        String t = text == null ? "" : text;
        numberText.set(t);
        if (t.isBlank() || AnswerText.parseNumber(t).isPresent()) {
            validation.set("");
        } else {
            validation.set("\u201c" + t.strip() + "\u201d is not a number. Type digits, like 119 or 2.5.");
        }
        updateCanCheck();
    }

    void showHint() {
        hintShown.set(true);
    }

    /**
     * Keyboard: digits 1–6 pick options (toggle for multiple), T/F answer true-false, H shows the hint,
     * Enter checks. Returns whether the key meant something here, so the view consumes only those.
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
        if (isLocked()) {
            return false;
        }
        boolean choices = quiz.type() == QuizType.SINGLE || quiz.type() == QuizType.MULTIPLE;
        if (choices && k >= '1' && k <= '0' + MAX_KEYED_OPTIONS && k - '1' < quiz.options().size()) {
            choose(k - '1');
            return true;
        }
        if (quiz.type() == QuizType.TRUE_FALSE && (k == 't' || k == 'f')) {
            chooseTrueFalse(k == 't');
            return true;
        }
        return false;
    }

    void check() {
        if (!canCheck.get()) {
            return;
        }
        error.set("");
        if (quiz.type() == QuizType.PREDICT) {
            double guess = AnswerText.parseNumber(numberText.get()).orElseThrow();
            if (actual != null) {
                finishPrediction(guess, actual);
            } else {
                runPrediction(guess);
            }
            return;
        }
        QuizAnswer answer = currentAnswer();
        Grade grade = grading.grade(quiz, answer);
        show(grade);
        progress.recordAnswer(lessonId, quiz.id(), AnswerText.format(answer), grade.correct());
        onRecorded.run();
    }

    /** Back to answering; the previous input stays so the learner can change just what was wrong. */
    void tryAgain() {
        if (phase.get() != Phase.RIGHT && phase.get() != Phase.WRONG) {
            return;
        }
        phase.set(Phase.ANSWERING);
        verdict.set("");
        feedback.set("");
        explain.set("");
        figureText.set("");
        updateCanCheck();
    }

    /** A blank slate for a retry: unlocks like {@link #tryAgain} and also clears the earlier input. */
    void startOver() {
        tryAgain();
        if (phase.get() != Phase.ANSWERING) {
            return; // an engine run is under way; let it finish
        }
        chosen.set(Set.of());
        trueFalse.set(null);
        numberText.set("");
        validation.set("");
        updateCanCheck();
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
        figureText.set("Your guess: " + withUnit(AnswerText.readable(guess))
                + "   \u2022   The engine: " + withUnit(AnswerText.readable(value)));
        progress.recordAnswer(lessonId, quiz.id(), AnswerText.plain(guess), grade.correct());
        onRecorded.run();
    }

    private void failPrediction(Throwable e) {
        phase.set(Phase.ANSWERING);
        String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        error.set("Could not run the preset \u201c" + quiz.preset() + "\u201d: " + why);
        updateCanCheck();
    }

    private void show(Grade grade) {
        phase.set(grade.correct() ? Phase.RIGHT : Phase.WRONG);
        verdict.set(grade.correct() ? "Right" : "Not quite");
        feedback.set(nullToEmpty(grade.feedback()));
        explain.set(nullToEmpty(grade.explain() != null ? grade.explain() : quiz.explain()));
        updateCanCheck();
    }

    private String withUnit(String figureText) {
        return quiz.unit() == null || quiz.unit().isBlank() ? figureText : figureText + " " + quiz.unit();
    }

    private QuizAnswer currentAnswer() {
        return switch (quiz.type()) {
            case SINGLE, MULTIPLE -> new QuizAnswer.Choice(chosen.get());
            case TRUE_FALSE -> new QuizAnswer.TrueFalse(trueFalse.get());
            case NUMERIC, PREDICT -> new QuizAnswer.Number(AnswerText.parseNumber(numberText.get()).orElseThrow());
            case CLASSIFY, ORDER -> throw new IllegalStateException("not answerable in this panel yet");
        };
    }

    private void updateCanCheck() {
        boolean ready = switch (quiz.type()) {
            case SINGLE, MULTIPLE -> !chosen.get().isEmpty();
            case TRUE_FALSE -> trueFalse.get() != null;
            case NUMERIC, PREDICT -> AnswerText.parseNumber(numberText.get()).isPresent();
            case CLASSIFY, ORDER -> false;
        };
        canCheck.set(ready && phase.get() == Phase.ANSWERING);
    }

    /** Shows the last saved answer and its verdict, as the learner left it. */
    private void restore(AnswerRecord last) {
        String a = last.answer() == null ? "" : last.answer();
        Optional<QuizAnswer> answer = switch (quiz.type()) {
            case SINGLE, MULTIPLE -> AnswerText.parseChoice(a, quiz.options().size())
                    .filter(s -> !s.isEmpty())
                    .map(s -> {
                        chosen.set(Set.copyOf(s));
                        return new QuizAnswer.Choice(s);
                    });
            case TRUE_FALSE -> a.equalsIgnoreCase("true") || a.equalsIgnoreCase("false")
                    ? Optional.of(restoreTrueFalse(a.equalsIgnoreCase("true")))
                    : Optional.empty();
            case NUMERIC, PREDICT -> AnswerText.parseNumber(a).map(v -> {
                numberText.set(a);
                return new QuizAnswer.Number(v);
            });
            case CLASSIFY, ORDER -> Optional.empty();
        };
        if (answer.isEmpty()) {
            return; // the quiz changed since it was answered; start fresh rather than show a wrong verdict
        }
        if (quiz.type() == QuizType.PREDICT) {
            // The engine's figure is not stored; show the saved verdict and offer to run it again.
            phase.set(last.correct() ? Phase.RIGHT : Phase.WRONG);
            verdict.set(last.correct() ? "Right" : "Not quite");
            feedback.set("Your last guess was " + withUnit(AnswerText.readable(((QuizAnswer.Number) answer.get()).value()))
                    + ". Try again to run the preset and compare.");
            explain.set(nullToEmpty(quiz.explain()));
            return;
        }
        Grade grade = grading.grade(quiz, answer.get());
        show(grade);
        // The stored verdict wins: it is what the learner was told, even if grading rules changed since.
        phase.set(last.correct() ? Phase.RIGHT : Phase.WRONG);
        verdict.set(last.correct() ? "Right" : "Not quite");
    }

    private QuizAnswer restoreTrueFalse(boolean value) {
        trueFalse.set(value);
        return new QuizAnswer.TrueFalse(value);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
