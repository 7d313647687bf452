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

    // Shortcuts to the fields that several types share, for screens that show any of them. A type's own fields are
    // read through body(Class) or by matching on body(), where the reader knows the type.

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
}
