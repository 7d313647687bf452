package org.fanoutlab.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** {@code true-false}: a statement, the right answer, and feedback for each of the two answers. */
public final class TrueFalseQuiz extends QuizKind<TrueFalseQuiz.Body, QuizAnswer.TrueFalse> {

    /**
     * @param whenTrue  feedback for answering "true"
     * @param whenFalse feedback for answering "false"
     */
    public record Body(boolean answer, String whenTrue, String whenFalse) implements QuizBody {
    }

    record Dto(JsonNode answer, String whenTrue, String whenFalse) {
    }

    TrueFalseQuiz() {
        super(Body.class, QuizAnswer.TrueFalse.class, List.of("answer", "whenTrue", "whenFalse"),
                List.of("answer", "whenTrue", "whenFalse"));
    }

    @Override
    Body read(QuizFields f, QuizType type) {
        Dto dto = f.bind(Dto.class);
        if (dto == null) {
            return null;
        }
        if (!dto.answer().isBoolean()) {
            f.atKey("answer", "'answer' must be true or false");
            return null;
        }
        return new Body(dto.answer().booleanValue(), dto.whenTrue().strip(), dto.whenFalse().strip());
    }

    @Override
    Grade grade(Quiz quiz, Body body, QuizAnswer.TrueFalse answer) {
        return new Grade(answer.value() == body.answer(), answer.value() ? body.whenTrue() : body.whenFalse(),
                quiz.explain(), null);
    }

    @Override
    String store(Body body, QuizAnswer.TrueFalse answer) {
        return Boolean.toString(answer.value());
    }

    @Override
    Optional<QuizAnswer.TrueFalse> restore(Body body, String stored) {
        if (stored.equalsIgnoreCase("true") || stored.equalsIgnoreCase("false")) {
            return Optional.of(new QuizAnswer.TrueFalse(stored.equalsIgnoreCase("true")));
        }
        return Optional.empty();
    }

    @Override
    String describe(Body body, QuizAnswer.TrueFalse answer) {
        return answer.value() ? "True" : "False";
    }
}
