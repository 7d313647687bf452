package org.fanoutlab.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@code numeric}: a number typed by the learner, right within an absolute tolerance. */
public final class NumericQuiz extends NumberQuiz<NumericQuiz.Body> {

    /** @param unit shown beside the input, may be null */
    public record Body(double answer, double tolerance, String unit) implements NumberQuiz.Figure {
    }

    record Dto(JsonNode answer, Double tolerance, String unit) {
    }

    NumericQuiz() {
        super(Body.class, List.of("answer", "tolerance", "unit"), List.of("answer"));
    }

    @Override
    Body read(QuizFields f, QuizType type) {
        return f.body(Dto.class, dto -> {
            if (!dto.answer().isNumber() || !Double.isFinite(dto.answer().asDouble())) {
                f.atKey("answer", "'answer' must be a number (written without quotes)");
            }
            QuizGrader.checkNotNegative(f, "tolerance", dto.tolerance());
            return new Body(dto.answer().doubleValue(), dto.tolerance() == null ? 0 : dto.tolerance(),
                    QuizFields.strip(dto.unit()));
        });
    }

    @Override
    Grade grade(Quiz quiz, Body body, QuizAnswer.Number answer) {
        double expected = body.answer();
        double diff = answer.value() - expected;
        boolean correct = QuizGrader.within(Math.abs(diff), body.tolerance(), expected);
        String unit = body.unit();
        String yours = yours("answer", answer.value(), unit);
        String feedback;
        if (Math.abs(diff) == 0) {
            feedback = yours + "exactly right.";
        } else if (correct) {
            feedback = yours + "within " + QuizGrader.figure(body.tolerance(), unit) + " of the figure, "
                    + QuizGrader.figure(expected, unit) + ".";
        } else {
            feedback = yours + QuizGrader.figure(Math.abs(diff), unit) + (diff < 0 ? " below" : " above")
                    + " the figure, " + QuizGrader.figure(expected, unit) + ".";
        }
        return new Grade(correct, feedback, quiz.explain(), expected);
    }
}
