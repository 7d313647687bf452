package org.fanoutlab.ui.quiz;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;

/**
 * An input whose draft is one immutable value that maps one-to-one onto its type's answer (the chosen options,
 * true or false, the bucket of each item, the order of the steps): drafting replaces the value, a saved answer
 * shows again by becoming the value, and the draft is ready when the value is a whole answer.
 *
 * @param <V> the draft's value; subclasses only ever set immutable ones
 * @param <A> the answer it stands for
 */
abstract class ValueInput<V, A extends QuizAnswer> extends QuizInput {
    private final Class<A> answerType;
    private final ReadOnlyObjectWrapper<V> value = new ReadOnlyObjectWrapper<>();

    ValueInput(Quiz quiz, Class<A> answerType) {
        super(quiz);
        this.answerType = answerType;
    }

    /** The value as the learner has drafted it; subclasses expose it under the name their view knows it by. */
    final ReadOnlyObjectProperty<V> draftValueProperty() {
        return value.getReadOnlyProperty();
    }

    final V value() {
        return value.get();
    }

    /** What a learner who never answered sees. */
    abstract V blank();

    /** Whether {@code v} is a whole answer that can be checked. */
    abstract boolean isWhole(V v);

    abstract A toAnswer(V v);

    abstract V fromAnswer(A answer);

    /** Replaces the draft; callers check {@link #isLocked()} first where a learner's change must not get through. */
    void set(V v) {
        value.set(v);
        setReady(isWhole(v));
    }

    @Override
    final QuizAnswer answer() {
        return toAnswer(value.get());
    }

    @Override
    final void show(QuizAnswer answer) {
        set(fromAnswer(answerType.cast(answer)));
    }

    @Override
    final void clear() {
        set(blank());
    }
}
