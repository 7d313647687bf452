package org.fanoutlab.ui.quiz;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fanoutlab.content.Grade;
import org.fanoutlab.content.NumericQuiz;
import org.fanoutlab.content.PredictQuiz;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.content.TrueFalseQuiz;

/** The ADR 0001 grading rules in their simplest form, so panel tests do not depend on the content branch. */
final class TestGrading implements Grading {
    @Override
    public Grade grade(Quiz quiz, QuizAnswer answer) {
        if (answer instanceof QuizAnswer.Choice c) {
            Set<Integer> right = IntStream.range(0, quiz.options().size())
                    .filter(i -> quiz.options().get(i).correct()).boxed().collect(Collectors.toSet());
            String fb = c.chosen().stream().sorted().map(i -> quiz.options().get(i).feedback())
                    .collect(Collectors.joining(" "));
            return new Grade(right.equals(c.chosen()), fb, quiz.explain(), null);
        }
        if (answer instanceof QuizAnswer.TrueFalse tf) {
            TrueFalseQuiz.Body b = quiz.body(TrueFalseQuiz.Body.class);
            return new Grade(tf.value() == b.answer(), tf.value() ? b.whenTrue() : b.whenFalse(), quiz.explain(), null);
        }
        if (answer instanceof QuizAnswer.Classification || answer instanceof QuizAnswer.Ordering) {
            return org.fanoutlab.content.QuizGrader.grade(quiz, answer); // per-item verdicts are the grader's own rules
        }
        double v = ((QuizAnswer.Number) answer).value();
        double right = quiz.body(NumericQuiz.Body.class).answer();
        return new Grade(Math.abs(v - right) <= quiz.tolerance(), "You said " + v, quiz.explain(), right);
    }

    @Override
    public Grade gradePrediction(Quiz quiz, double guess, double actual) {
        double tol = Math.max(quiz.tolerance(), quiz.body(PredictQuiz.Body.class).tolerancePercent() / 100 * Math.abs(actual));
        return new Grade(Math.abs(guess - actual) <= tol, "Engine: " + actual, quiz.explain(), actual);
    }
}
