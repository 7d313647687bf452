package org.fanoutlab.content;

import java.util.List;
import java.util.Optional;

/** What numeric and predict share: a typed number as the answer, kept plain, told with the quiz's unit. */
abstract class NumberQuiz<B extends NumberQuiz.Figure> extends QuizKind<B, QuizAnswer.Number> {

    /** The body of a quiz answered with a number. */
    interface Figure extends QuizBody {
        /** Shown beside the number, may be null. */
        String unit();

        /** The absolute tolerance (predict: its absolute floor). */
        double tolerance();
    }

    NumberQuiz(Class<B> bodyType, List<String> keys, List<String> required) {
        super(bodyType, QuizAnswer.Number.class, keys, required);
    }

    @Override
    final String store(B body, QuizAnswer.Number answer) {
        return QuizAnswers.plain(answer.value());
    }

    @Override
    final Optional<QuizAnswer.Number> restore(B body, String stored) {
        return QuizAnswers.parsePlain(stored).map(QuizAnswer.Number::new);
    }

    @Override
    final String describe(B body, QuizAnswer.Number answer) {
        return QuizGrader.figure(answer.value(), body.unit());
    }

    /** "Your guess, 50 s, is 0.5 s above the engine's figure, …": the sentences both types build on. */
    static String yours(String noun, double value, String unit) {
        return "Your " + noun + ", " + QuizGrader.figure(value, unit) + ", is ";
    }
}
