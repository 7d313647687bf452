package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class QuizGraderTest {
    private static final Quiz SINGLE = new Quiz("s", QuizType.SINGLE, "Pick one.", new ChoiceQuiz.Body(List.of(
            new QuizOption("Push", false, "Push writes at post time."),
            new QuizOption("Pull", true, "Pull asks at read time."),
            new QuizOption("Both", false, "Only one side moves first."))), "H", "Explained.", 1);
    private static final Quiz MULTIPLE = new Quiz("m", QuizType.MULTIPLE, "Pick all.", new ChoiceQuiz.Body(List.of(
            new QuizOption("A", true, "A is right."),
            new QuizOption("B", false, "B is a misconception."),
            new QuizOption("C", true, "C is right."),
            new QuizOption("D", true, "D is right."))), "H", "Explained.", 1);
    private static final Quiz TRUE_FALSE = new Quiz("t", QuizType.TRUE_FALSE, "True?",
            new TrueFalseQuiz.Body(false, "Not quite.", "Correct."), "H", "Explained.", 1);
    private static final Quiz NUMERIC = new Quiz("n", QuizType.NUMERIC, "How many?",
            new NumericQuiz.Body(119.0, 1, "checks"), "H", "Explained.", 1);
    private static final Quiz PREDICT = new Quiz("p", QuizType.PREDICT, "Guess.",
            new PredictQuiz.Body("tiny", "deliveryLatencySeconds.p50", 2, 10, "s"), "H", "Explained.", 1);

    @Test
    void singleIsRightOnlyWithExactlyTheCorrectOption() {
        Grade right = QuizGrader.grade(SINGLE, new QuizAnswer.Choice(Set.of(1)));
        Grade wrong = QuizGrader.grade(SINGLE, new QuizAnswer.Choice(Set.of(0)));
        Grade both = QuizGrader.grade(SINGLE, new QuizAnswer.Choice(Set.of(0, 1)));

        assertThat(right).isEqualTo(new Grade(true, "Pull asks at read time.", "Explained.", null));
        assertThat(wrong).isEqualTo(new Grade(false, "Push writes at post time.", "Explained.", null));
        assertThat(both.correct()).isFalse();
        assertThat(both.feedback()).isEqualTo("Push writes at post time.\nPull asks at read time.");
    }

    @Test
    void multipleIsRightOnlyWithExactlyTheSetOfCorrectOptions() {
        Grade right = QuizGrader.grade(MULTIPLE, new QuizAnswer.Choice(Set.of(3, 0, 2)));

        assertThat(right.correct()).isTrue();
        assertThat(right.feedback()).isEqualTo("A is right.\nC is right.\nD is right.");
    }

    @Test
    void aPartlyRightMultipleAnswerSaysWhichCorrectOptionsWereMissed() {
        Grade partly = QuizGrader.grade(MULTIPLE, new QuizAnswer.Choice(Set.of(0)));
        Grade partlyWithWrong = QuizGrader.grade(MULTIPLE, new QuizAnswer.Choice(Set.of(0, 1, 2)));

        assertThat(partly.correct()).isFalse();
        assertThat(partly.feedback()).isEqualTo("A is right.\nYou missed 2 correct options: \u201cC\u201d; \u201cD\u201d.");
        assertThat(partlyWithWrong.correct()).isFalse();
        assertThat(partlyWithWrong.feedback())
                .isEqualTo("A is right.\nB is a misconception.\nC is right.\nYou missed a correct option: \u201cD\u201d.");
    }

    @Test
    void anAllCorrectPlusAWrongOneIsNotRightAndRevealsNothingMissed() {
        Grade extra = QuizGrader.grade(MULTIPLE, new QuizAnswer.Choice(Set.of(0, 1, 2, 3)));

        assertThat(extra.correct()).isFalse();
        assertThat(extra.feedback()).isEqualTo("A is right.\nB is a misconception.\nC is right.\nD is right.");
    }

    @Test
    void onlyWrongChoicesDoNotGiveTheAnswerAway() {
        Grade wrong = QuizGrader.grade(MULTIPLE, new QuizAnswer.Choice(Set.of(1)));

        assertThat(wrong).isEqualTo(new Grade(false, "B is a misconception.", "Explained.", null));
    }

    @Test
    void choosingNothingIsWrong() {
        assertThat(QuizGrader.grade(MULTIPLE, new QuizAnswer.Choice(Set.of())))
                .isEqualTo(new Grade(false, "No option was chosen.", "Explained.", null));
    }

    @Test
    void trueFalseGivesTheFeedbackForWhatWasAnswered() {
        assertThat(QuizGrader.grade(TRUE_FALSE, new QuizAnswer.TrueFalse(false)))
                .isEqualTo(new Grade(true, "Correct.", "Explained.", null));
        assertThat(QuizGrader.grade(TRUE_FALSE, new QuizAnswer.TrueFalse(true)))
                .isEqualTo(new Grade(false, "Not quite.", "Explained.", null));
    }

    @Test
    void numericIsRightWithinTheToleranceIncludingItsEdges() {
        assertThat(QuizGrader.grade(NUMERIC, new QuizAnswer.Number(119)))
                .isEqualTo(new Grade(true, "Your answer, 119 checks, is exactly right.", "Explained.", 119.0));
        assertThat(QuizGrader.grade(NUMERIC, new QuizAnswer.Number(120))).isEqualTo(new Grade(true,
                "Your answer, 120 checks, is within 1 checks of the figure, 119 checks.", "Explained.", 119.0));
        assertThat(QuizGrader.grade(NUMERIC, new QuizAnswer.Number(118)).correct()).isTrue();
        assertThat(QuizGrader.grade(NUMERIC, new QuizAnswer.Number(120.01))).isEqualTo(new Grade(false,
                "Your answer, 120.01 checks, is 1.01 checks above the figure, 119 checks.", "Explained.", 119.0));
        assertThat(QuizGrader.grade(NUMERIC, new QuizAnswer.Number(100)).feedback())
                .isEqualTo("Your answer, 100 checks, is 19 checks below the figure, 119 checks.");
    }

    @Test
    void aDecimalGuessExactlyOnTheToleranceEdgeCountsDespiteBinaryFloatingPoint() {
        Quiz quiz = new Quiz("d", QuizType.NUMERIC, "P", new NumericQuiz.Body(2.5, 0.1, null), "H", "E", 1);

        assertThat(2.6 - 2.5).isGreaterThan(0.1); // the trap
        assertThat(QuizGrader.grade(quiz, new QuizAnswer.Number(2.6)).correct()).isTrue();
        assertThat(QuizGrader.grade(quiz, new QuizAnswer.Number(2.4)).correct()).isTrue();
        assertThat(QuizGrader.grade(quiz, new QuizAnswer.Number(2.61)).correct()).isFalse();
    }

    @Test
    void zeroToleranceMeansExactly() {
        Quiz quiz = new Quiz("z", QuizType.NUMERIC, "P", new NumericQuiz.Body(50_000_000.0, 0, null), "H", "E", 1);

        assertThat(QuizGrader.grade(quiz, new QuizAnswer.Number(50_000_000)).correct()).isTrue();
        assertThat(QuizGrader.grade(quiz, new QuizAnswer.Number(50_000_001))).isEqualTo(new Grade(false,
                "Your answer, 50,000,001, is 1 above the figure, 50,000,000.", "E", 50_000_000.0));
    }

    @Test
    void predictUsesTheLargerOfTheAbsoluteFloorAndThePercentOfTheEnginesFigure() {
        // actual 100: 10% = 10 beats the floor of 2
        assertThat(QuizGrader.gradePrediction(PREDICT, 110, 100).correct()).isTrue();
        assertThat(QuizGrader.gradePrediction(PREDICT, 90, 100).correct()).isTrue();
        assertThat(QuizGrader.gradePrediction(PREDICT, 110.5, 100).correct()).isFalse();
        // actual 5: 10% = 0.5, so the floor of 2 applies
        assertThat(QuizGrader.gradePrediction(PREDICT, 7, 5).correct()).isTrue();
        assertThat(QuizGrader.gradePrediction(PREDICT, 7.1, 5).correct()).isFalse();
        // a negative figure is measured by its size
        assertThat(QuizGrader.gradePrediction(PREDICT, -110, -100).correct()).isTrue();
    }

    @Test
    void predictFeedbackComparesTheGuessWithTheEnginesFigure() {
        assertThat(QuizGrader.gradePrediction(PREDICT, 25, 25)).isEqualTo(
                new Grade(true, "Your guess, 25 s, is exactly the engine's figure.", "Explained.", 25.0));
        assertThat(QuizGrader.gradePrediction(PREDICT, 20, 25)).isEqualTo(new Grade(false,
                "Your guess, 20 s, is 5 s (20%) below the engine's figure, 25 s; "
                        + "guesses within 2.5 s of it count as right.", "Explained.", 25.0));
        assertThat(QuizGrader.gradePrediction(PREDICT, 26, 25).feedback()).isEqualTo(
                "Your guess, 26 s, is 1 s (4%) above the engine's figure, 25 s, close enough to count; "
                        + "guesses within 2.5 s of it count as right.");
        assertThat(QuizGrader.gradePrediction(PREDICT, 0.0015, 0.0005).feedback()).startsWith(
                "Your guess, 0.0015 s, is 0.001 s (200%) above the engine's figure, 0.0005 s, close enough");
    }

    @Test
    void predictAgainstAZeroFigureUsesTheFloorAndGivesNoPercent() {
        assertThat(QuizGrader.gradePrediction(PREDICT, 3, 0)).isEqualTo(new Grade(false,
                "Your guess, 3 s, is 3 s above the engine's figure, 0 s; guesses within 2 s of it count as right.",
                "Explained.", 0.0));
    }

    @Property
    void aNumericGuessIsRightExactlyWhenItIsWithinTolerance(@ForAll @DoubleRange(min = -1e6, max = 1e6) double guess,
                                                           @ForAll @DoubleRange(min = 0, max = 1000) double tolerance) {
        Quiz quiz = new Quiz("p", QuizType.NUMERIC, "P", new NumericQuiz.Body(42.0, tolerance, null), "H", "E", 1);
        double distance = Math.abs(guess - 42);

        boolean correct = QuizGrader.grade(quiz, new QuizAnswer.Number(guess)).correct();

        if (distance <= tolerance) {
            assertThat(correct).isTrue();
        } else if (distance > tolerance + 1e-6) {
            assertThat(correct).isFalse();
        }
    }

    @Test
    void aMismatchedAnswerKindIsAProgrammingErrorNotAGrade() {
        assertThatThrownBy(() -> QuizGrader.grade(NUMERIC, new QuizAnswer.TrueFalse(true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuizGrader.grade(PREDICT, new QuizAnswer.Number(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gradePrediction");
        assertThatThrownBy(() -> QuizGrader.gradePrediction(NUMERIC, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuizGrader.grade(SINGLE, new QuizAnswer.Choice(Set.of(3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no option 3");
    }
}
