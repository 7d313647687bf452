package org.fanoutlab.content;

import java.util.List;
import java.util.Optional;

/**
 * Everything one quiz type knows outside the screen: the keys its block adds, how they are read and checked,
 * how an answer is graded, and how an answer is kept in the learner's progress and shown again in words.
 * One subclass per type, registered in {@link QuizType}; the panel input for the type is registered in
 * {@code ui/quiz} (see docs/decisions/0001, "Adding a quiz type").
 *
 * @param <B> the type's body: the fields its block adds
 * @param <A> the answer the type grades
 */
public abstract class QuizKind<B extends QuizBody, A extends QuizAnswer> {

    /** A list of keyed items in a block, e.g. {@code options}, each called an "option", with the keys it may have. */
    record ItemList(String key, String word, List<String> keys) {
    }

    private final Class<B> bodyType;
    private final Class<A> answerType;
    private final List<String> keys;
    private final List<String> required;
    private final List<ItemList> itemLists;

    /**
     * @param keys      the keys this type adds to {@code id, type, prompt, hint, explain}
     * @param required  which of them must be present and not blank
     * @param itemLists lists of keyed items whose unknown keys are reported before anything else is read
     */
    QuizKind(Class<B> bodyType, Class<A> answerType, List<String> keys, List<String> required, ItemList... itemLists) {
        this.bodyType = bodyType;
        this.answerType = answerType;
        this.keys = List.copyOf(keys);
        this.required = List.copyOf(required);
        this.itemLists = List.of(itemLists);
    }

    public final Class<B> bodyType() {
        return bodyType;
    }

    public final Class<A> answerType() {
        return answerType;
    }

    /**
     * Whether grading needs a figure from the engine (predict: {@link QuizGrader#gradePrediction}); such a quiz is
     * graded after a run, not by {@link QuizGrader#grade}.
     */
    public boolean needsEngineFigure() {
        return false;
    }

    /** Whether a lab checkpoint may ask this type: not one that waits for a run, since the checkpoint pauses one. */
    public boolean askableAtCheckpoint() {
        return !needsEngineFigure();
    }

    // --- reading ------------------------------------------------------------------------------------------

    final List<String> keys() {
        return keys;
    }

    final List<String> required() {
        return required;
    }

    final List<ItemList> itemLists() {
        return itemLists;
    }

    /**
     * Reads and checks the type's own keys, runs only once the required keys are there. Adds every problem it
     * finds to {@code fields} and returns null if there was any.
     */
    abstract B read(QuizFields fields, QuizType type);

    // --- answers ------------------------------------------------------------------------------------------

    /** @throws IllegalArgumentException when the answer does not fit the quiz (an index out of range…) */
    abstract Grade grade(Quiz quiz, B body, A answer);

    /** The answer as the progress file keeps it; see {@link QuizAnswers#store}. */
    abstract String store(B body, A answer);

    /** The stored text back as an answer; empty when it no longer fits the quiz (the quiz changed since). */
    abstract Optional<A> restore(B body, String stored);

    /** The answer in words for the review, e.g. "APNs → Push; RSS → Pull". May hold the quiz's inline Markdown. */
    abstract String describe(B body, A answer);

    // --- bridges from untyped callers --------------------------------------------------------------------

    final Grade gradeAny(Quiz quiz, QuizAnswer answer) {
        return grade(quiz, quiz.body(bodyType), expect(quiz, answer));
    }

    final String storeAny(Quiz quiz, QuizAnswer answer) {
        return store(quiz.body(bodyType), expect(quiz, answer));
    }

    final Optional<QuizAnswer> restoreAny(Quiz quiz, String stored) {
        return restore(quiz.body(bodyType), stored == null ? "" : stored.strip()).map(QuizAnswer.class::cast);
    }

    final String describeAny(Quiz quiz, QuizAnswer answer) {
        return describe(quiz.body(bodyType), expect(quiz, answer));
    }

    private A expect(Quiz quiz, QuizAnswer answer) {
        if (!answerType.isInstance(answer)) {
            throw new IllegalArgumentException("quiz '" + quiz.id() + "' (" + quiz.type().id() + ") takes a "
                    + answerType.getSimpleName() + " answer, got " + answer);
        }
        return answerType.cast(answer);
    }
}
