package org.fanoutlab.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.input.KeyCode;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.progress.AnswerRecord;
import org.fanoutlab.ui.quiz.QuizPanelViewModel.Phase;
import org.junit.jupiter.api.Test;

class QuizPanelViewModelTest {
    private final FakeProgress progress = new FakeProgress();
    private final List<Runnable> backgroundQueue = new ArrayList<>();
    private final List<Runnable> uiQueue = new ArrayList<>();
    private final Executor background = backgroundQueue::add;
    private final Executor ui = uiQueue::add;
    private final AtomicInteger engineRuns = new AtomicInteger();

    private QuizPanelViewModel vm(Quiz quiz) {
        return new QuizPanelViewModel(quiz, "pull", progress, new TestGrading(), q -> {
            engineRuns.incrementAndGet();
            return 49.5;
        }, Runnable::run, Runnable::run);
    }

    private static ChoiceInput choice(QuizPanelViewModel vm) {
        return vm.input(ChoiceInput.class);
    }

    private static NumericInput number(QuizPanelViewModel vm) {
        return vm.input(NumericInput.class);
    }

    @Test
    void unansweredSingleCannotBeCheckedUntilAnOptionIsChosen() {
        QuizPanelViewModel vm = vm(Quizzes.single("q1"));
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.ANSWERING);
        assertThat(vm.canCheckProperty().get()).isFalse();
        vm.check();
        assertThat(progress.answers()).isEmpty();

        choice(vm).choose(1);
        assertThat(vm.canCheckProperty().get()).isTrue();
    }

    @Test
    void rightAnswerShowsVerdictFeedbackAndExplanationAndIsRecorded() {
        QuizPanelViewModel vm = vm(Quizzes.single("q1"));
        AtomicInteger recorded = new AtomicInteger();
        vm.setOnRecorded(recorded::incrementAndGet);
        choice(vm).choose(1);
        vm.check();

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.RIGHT);
        assertThat(vm.outcomeProperty().get().verdict()).isEqualTo("Right");
        assertThat(vm.outcomeProperty().get().feedback()).isEqualTo("Yes: the consumer asks.");
        assertThat(vm.outcomeProperty().get().explain()).contains("consumer asks");
        assertThat(progress.lastAnswer("q1")).get()
                .extracting(AnswerRecord::answer, AnswerRecord::correct, AnswerRecord::lessonId)
                .containsExactly("B", true, "pull");
        assertThat(recorded).hasValue(1);
    }

    @Test
    void wrongAnswerThenTryAgainUnlocksInputsAndClearsTheVerdict() {
        QuizPanelViewModel vm = vm(Quizzes.single("q1"));
        choice(vm).choose(0);
        vm.check();
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.WRONG);
        assertThat(vm.outcomeProperty().get().verdict()).isEqualTo("Not quite");
        assertThat(vm.outcomeProperty().get().feedback()).contains("producer only stores");

        choice(vm).choose(1); // locked while the verdict shows
        assertThat(choice(vm).chosenProperty().get()).containsExactly(0);
        assertThat(vm.canCheckProperty().get()).isFalse();

        vm.tryAgain();
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.ANSWERING);
        assertThat(vm.outcomeProperty().get().verdict()).isEmpty();
        assertThat(vm.outcomeProperty().get().feedback()).isEmpty();
        choice(vm).choose(1);
        vm.check();
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.RIGHT);
        assertThat(progress.lastAnswer("q1").orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void digitKeysToggleOptionsOfAMultipleQuizAndEnterChecks() {
        QuizPanelViewModel vm = vm(Quizzes.multiple("m"));
        assertThat(vm.key('1')).isTrue();
        assertThat(vm.key('3')).isTrue();
        assertThat(vm.key('2')).isTrue();
        assertThat(vm.key('2')).isTrue(); // toggled off again
        assertThat(choice(vm).chosenProperty().get()).containsExactlyInAnyOrder(0, 2);
        assertThat(vm.key('4')).as("no fourth option").isFalse();
        assertThat(vm.key('\n')).isTrue();
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.RIGHT);
        assertThat(progress.lastAnswer("m").orElseThrow().answer()).isEqualTo("A, C");
    }

    @Test
    void digitKeyOnASingleQuizReplacesTheChoice() {
        QuizPanelViewModel vm = vm(Quizzes.single("q1"));
        vm.key('1');
        vm.key('3');
        assertThat(choice(vm).chosenProperty().get()).containsExactly(2);
    }

    @Test
    void trueFalseAnswersWithTAndFAndIgnoresDigits() {
        QuizPanelViewModel vm = vm(Quizzes.trueFalse("tf"));
        assertThat(vm.key('1')).isFalse();
        assertThat(vm.key('F')).isTrue();
        assertThat(vm.input(TrueFalseInput.class).valueProperty().get()).isFalse();
        assertThat(vm.key('t')).isTrue();
        vm.key('\r');
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.RIGHT);
        assertThat(vm.outcomeProperty().get().feedback()).isEqualTo("Yes, most checks come back empty.");
        assertThat(progress.lastAnswer("tf").orElseThrow().answer()).isEqualTo("true");
    }

    @Test
    void hKeyShowsTheHint() {
        QuizPanelViewModel vm = vm(Quizzes.numeric("n"));
        assertThat(vm.hintShownProperty().get()).isFalse();
        assertThat(vm.key('h')).isTrue();
        assertThat(vm.hintShownProperty().get()).isTrue();
    }

    @Test
    void badNumberGivesAMessageNotAnExceptionAndCannotBeChecked() {
        QuizPanelViewModel vm = vm(Quizzes.numeric("n"));
        number(vm).setText("lots");
        assertThat(number(vm).validationProperty().get()).contains("\u201clots\u201d is not a number");
        assertThat(vm.canCheckProperty().get()).isFalse();
        assertThat(vm.key('\n')).isFalse();
        assertThat(progress.answers()).isEmpty();

        number(vm).setText("119");
        assertThat(number(vm).validationProperty().get()).isEmpty();
        vm.check();
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.RIGHT);
        assertThat(progress.lastAnswer("n").orElseThrow().answer()).isEqualTo("119");
    }

    @Test
    void reopenedPanelShowsTheLastAnswerAndItsVerdict() {
        QuizPanelViewModel first = vm(Quizzes.multiple("m"));
        choice(first).choose(1);
        first.check();

        QuizPanelViewModel again = vm(Quizzes.multiple("m"));
        assertThat(choice(again).chosenProperty().get()).containsExactly(1);
        assertThat(again.phaseProperty().get()).isEqualTo(Phase.WRONG);
        assertThat(again.outcomeProperty().get().verdict()).isEqualTo("Not quite");
        assertThat(again.outcomeProperty().get().feedback()).isEqualTo("Those are pull's cost.");
        assertThat(again.canCheckProperty().get()).isFalse();
    }

    @Test
    void reopenedNumericAndTrueFalsePanelsRestoreTheirInputs() {
        progress.recordAnswer("pull", "n", "119", true);
        progress.recordAnswer("pull", "tf", "false", false);
        QuizPanelViewModel n = vm(Quizzes.numeric("n"));
        QuizPanelViewModel tf = vm(Quizzes.trueFalse("tf"));
        assertThat(number(n).textProperty().get()).isEqualTo("119");
        assertThat(n.phaseProperty().get()).isEqualTo(Phase.RIGHT);
        assertThat(tf.input(TrueFalseInput.class).valueProperty().get()).isFalse();
        assertThat(tf.phaseProperty().get()).isEqualTo(Phase.WRONG);
    }

    @Test
    void startOverClearsTheEarlierAnswerForARetry() {
        progress.recordAnswer("pull", "m", "A, B", false);
        QuizPanelViewModel vm = vm(Quizzes.multiple("m"));
        vm.startOver();
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.ANSWERING);
        assertThat(choice(vm).chosenProperty().get()).isEmpty();
        assertThat(vm.canCheckProperty().get()).isFalse();
        assertThat(progress.lastAnswer("m").orElseThrow().answer()).as("the record stays until a new check").isEqualTo("A, B");
    }

    @Test
    void savedAnswerThatNoLongerFitsTheQuizStartsFresh() {
        progress.recordAnswer("pull", "q1", "F", true); // the quiz now has 3 options
        QuizPanelViewModel vm = vm(Quizzes.single("q1"));
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.ANSWERING);
        assertThat(choice(vm).chosenProperty().get()).isEmpty();
    }

    @Test
    void predictRunsTheEngineInTheBackgroundAndGradesAgainstItsFigure() {
        QuizPanelViewModel vm = new QuizPanelViewModel(Quizzes.predict("p"), "push", progress, new TestGrading(),
                q -> {
                    engineRuns.incrementAndGet();
                    return 49.5;
                }, background, ui);
        number(vm).setText("45");
        vm.check();

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.RUNNING);
        assertThat(vm.canCheckProperty().get()).isFalse();
        assertThat(engineRuns).hasValue(0);
        assertThat(progress.answers()).isEmpty();

        backgroundQueue.remove(0).run();
        assertThat(engineRuns).hasValue(1);
        assertThat(vm.phaseProperty().get()).as("result waits for the UI thread").isEqualTo(Phase.RUNNING);
        uiQueue.remove(0).run();

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.RIGHT); // 45 is within 10% of 49.5
        assertThat(vm.outcomeProperty().get().figureText()).isEqualTo("Your guess: 45 seconds   \u2022   The engine: 49.5 seconds");
        assertThat(progress.lastAnswer("p").orElseThrow().answer()).isEqualTo("45");

        vm.tryAgain();
        number(vm).setText("10");
        vm.check();
        assertThat(backgroundQueue).as("the figure is reused, the engine is deterministic").isEmpty();
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.WRONG);
        assertThat(progress.lastAnswer("p").orElseThrow().answer()).isEqualTo("10");
    }

    @Test
    void predictFailureIsShownAsAMessageAndNothingIsRecorded() {
        QuizPanelViewModel vm = new QuizPanelViewModel(Quizzes.predict("p"), "push", progress, new TestGrading(),
                q -> {
                    throw new java.io.IOException("celebrity-push.json: no such file");
                }, Runnable::run, Runnable::run);
        number(vm).setText("45");
        vm.check();
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.ANSWERING);
        assertThat(vm.errorProperty().get())
                .isEqualTo("Could not run the preset \u201ccelebrity-push\u201d: celebrity-push.json: no such file");
        assertThat(vm.canCheckProperty().get()).as("the learner may try once more").isTrue();
        assertThat(progress.answers()).isEmpty();
    }

    @Test
    void predictResultArrivingAfterDisposeIsIgnored() {
        QuizPanelViewModel vm = new QuizPanelViewModel(Quizzes.predict("p"), "push", progress, new TestGrading(),
                q -> 49.5, background, ui);
        number(vm).setText("45");
        vm.check();
        backgroundQueue.remove(0).run();
        vm.dispose();
        uiQueue.remove(0).run();
        assertThat(progress.answers()).isEmpty();
    }

    @Test
    void reopenedPredictShowsTheSavedGuessWithoutRunningTheEngine() {
        progress.recordAnswer("push", "p", "45", true);
        QuizPanelViewModel vm = vm(Quizzes.predict("p"));
        assertThat(engineRuns).hasValue(0);
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.RIGHT);
        assertThat(number(vm).textProperty().get()).isEqualTo("45");
        assertThat(vm.outcomeProperty().get().feedback()).contains("45 seconds");
    }

    @Test
    void keyCodesMapToTheCharactersTheViewModelUnderstands() {
        assertThat(QuizPanel.keyChar(KeyCode.DIGIT3)).isEqualTo('3');
        assertThat(QuizPanel.keyChar(KeyCode.NUMPAD6)).isEqualTo('6');
        assertThat(QuizPanel.keyChar(KeyCode.ENTER)).isEqualTo('\n');
        assertThat(QuizPanel.keyChar(KeyCode.T)).isEqualTo('t');
        assertThat(QuizPanel.keyChar(KeyCode.H)).isEqualTo('h');
        assertThat(QuizPanel.keyChar(KeyCode.X)).isEqualTo((char) 0);
    }
}
