package org.fanoutlab.content;

import java.util.List;
import java.util.Optional;

/** What numeric and predict share: a typed number as the answer, kept plain, told with the quiz's unit. */
abstract class NumberQuiz<B extends QuizBody> extends QuizKind<B, QuizAnswer.Number> {

    NumberQuiz(Class<B> bodyType, List<String> keys, List<String> required) {
        super(bodyType, QuizAnswer.Number.class, keys, required);
    }

    /** The unit shown beside the number, may be null. */
    abstract String unit(B body);

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
        return QuizGrader.figure(answer.value(), unit(body));
    }

    /** "Your guess, 50 s, is 0.5 s above the engine's figure, …": the sentences both types build on. */
    static String yours(String noun, double value, String unit) {
        return "Your " + noun + ", " + QuizGrader.figure(value, unit) + ", is ";
    }
}
