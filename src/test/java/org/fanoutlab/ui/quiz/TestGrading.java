package org.fanoutlab.ui.quiz;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fanoutlab.content.Grade;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;

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
            return new Grade(tf.value() == quiz.trueFalseAnswer(), tf.value() ? quiz.whenTrue() : quiz.whenFalse(),
                    quiz.explain(), null);
        }
        if (answer instanceof QuizAnswer.Classification || answer instanceof QuizAnswer.Ordering) {
            return org.fanoutlab.content.QuizGrader.grade(quiz, answer); // per-item verdicts are the grader's own rules
        }
        double v = ((QuizAnswer.Number) answer).value();
        return new Grade(Math.abs(v - quiz.numericAnswer()) <= quiz.tolerance(), "You said " + v, quiz.explain(),
                quiz.numericAnswer());
    }

    @Override
    public Grade gradePrediction(Quiz quiz, double guess, double actual) {
        double tol = Math.max(quiz.tolerance(), quiz.tolerancePercent() / 100 * Math.abs(actual));
        return new Grade(Math.abs(guess - actual) <= tol, "Engine: " + actual, quiz.explain(), actual);
    }
}
