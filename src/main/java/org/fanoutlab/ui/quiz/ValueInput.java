package org.fanoutlab.ui.quiz;

import java.util.function.Function;
import java.util.function.Predicate;
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
    private final Function<V, A> toAnswer;
    private final Function<A, V> fromAnswer;
    private final Predicate<V> whole;
    private final ReadOnlyObjectWrapper<V> value = new ReadOnlyObjectWrapper<>();

    /**
     * @param toAnswer the answer a value stands for
     * @param fromAnswer the value that shows a saved answer again
     * @param whole whether a value is a whole answer that can be checked
     */
    ValueInput(Quiz quiz, Class<A> answerType, Function<V, A> toAnswer, Function<A, V> fromAnswer,
            Predicate<V> whole) {
        super(quiz);
        this.answerType = answerType;
        this.toAnswer = toAnswer;
        this.fromAnswer = fromAnswer;
        this.whole = whole;
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

    /** Replaces the draft; callers check {@link #isLocked()} first where a learner's change must not get through. */
    void set(V v) {
        value.set(v);
        setReady(whole.test(v));
    }

    @Override
    final QuizAnswer answer() {
        return toAnswer.apply(value.get());
    }

    @Override
    final void show(QuizAnswer answer) {
        set(fromAnswer.apply(answerType.cast(answer)));
    }

    @Override
    final void clear() {
        set(blank());
    }
}
