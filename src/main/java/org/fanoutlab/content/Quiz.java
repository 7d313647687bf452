package org.fanoutlab.content;

import java.util.List;
import java.util.Objects;

/**
 * One quiz as written in a lesson (schema: docs/decisions/0001): the fields every type has, and the type's own
 * fields in {@code body} (a record of the type's {@link QuizKind}, e.g. {@link ClassifyQuiz.Body}).
 *
 * @param line line of the quiz block's opening fence in the lesson file (for a checkpoint's quiz, of its
 *             {@code ask:} key)
 */
public record Quiz(String id, QuizType type, String prompt, QuizBody body, String hint, String explain, int line) {

    public Quiz {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
        if (!type.kind().bodyType().isInstance(body)) {
            throw new IllegalArgumentException("a " + type.id() + " quiz needs a " + type.kind().bodyType().getName()
                    + ", got " + body.getClass().getName());
        }
    }

    /**
     * The type's own fields.
     *
     * @throws IllegalArgumentException when the quiz is of another type
     */
    public <B extends QuizBody> B body(Class<B> bodyType) {
        if (!bodyType.isInstance(body)) {
            throw new IllegalArgumentException("quiz '" + id + "' is a " + type.id() + " quiz, it has no "
                    + bodyType.getSimpleName());
        }
        return bodyType.cast(body);
    }

    // Shortcuts to the fields of the first five types, for screens that show them (empty or null for other types).

    /** single and multiple: the options; empty otherwise. */
    public List<QuizOption> options() {
        return body instanceof ChoiceQuiz.Body b ? b.options() : List.of();
    }

    /** numeric and predict: the unit shown beside the input, may be null. */
    public String unit() {
        return body instanceof NumberQuiz.Figure b ? b.unit() : null;
    }

    /** numeric: the absolute tolerance; predict: its absolute floor; 0 otherwise. */
    public double tolerance() {
        return body instanceof NumberQuiz.Figure b ? b.tolerance() : 0;
    }

    /** true-false: the right answer; null otherwise. */
    public Boolean trueFalseAnswer() {
        return body instanceof TrueFalseQuiz.Body b ? b.answer() : null;
    }

    /** true-false: feedback for answering "true"; null otherwise. */
    public String whenTrue() {
        return body instanceof TrueFalseQuiz.Body b ? b.whenTrue() : null;
    }

    /** true-false: feedback for answering "false"; null otherwise. */
    public String whenFalse() {
        return body instanceof TrueFalseQuiz.Body b ? b.whenFalse() : null;
    }

    /** numeric: the right figure; null otherwise. */
    public Double numericAnswer() {
        return body instanceof NumericQuiz.Body b ? b.answer() : null;
    }

    /** predict: the preset it runs; null otherwise. */
    public String preset() {
        return body instanceof PredictQuiz.Body b ? b.preset() : null;
    }

    /** predict: the metric it reads; null otherwise. */
    public String metric() {
        return body instanceof PredictQuiz.Body b ? b.metric() : null;
    }

    /** predict: the relative tolerance in percent; 0 otherwise. */
    public double tolerancePercent() {
        return body instanceof PredictQuiz.Body b ? b.tolerancePercent() : 0;
    }
}
