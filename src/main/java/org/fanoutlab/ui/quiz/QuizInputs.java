package org.fanoutlab.ui.quiz;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizType;

/**
 * The panel input of each quiz type: its {@link QuizInput} (the view-model side) and its {@link QuizInputView}.
 * Adding a quiz type here is one line (docs/decisions/0001, "Adding a quiz type"); a test holds that every type has
 * one.
 */
final class QuizInputs {

    private record Entry<I extends QuizInput>(Function<Quiz, I> input, Class<I> type, Function<I, QuizInputView> view) {
        QuizInputView viewOf(QuizInput in) {
            return view.apply(type.cast(in));
        }
    }

    private static final Map<QuizType, Entry<?>> BY_TYPE = new EnumMap<>(QuizType.class);

    static {
        register(QuizType.SINGLE, ChoiceInput::new, ChoiceInput.class, ChoiceInputView::new);
        register(QuizType.MULTIPLE, ChoiceInput::new, ChoiceInput.class, ChoiceInputView::new);
        register(QuizType.TRUE_FALSE, TrueFalseInput::new, TrueFalseInput.class, TrueFalseInputView::new);
        register(QuizType.NUMERIC, NumericInput::new, NumericInput.class, in -> new NumericInputView(in, false));
        register(QuizType.PREDICT, NumericInput::new, NumericInput.class, in -> new NumericInputView(in, true));
        register(QuizType.CLASSIFY, ClassifyInput::new, ClassifyInput.class, ClassifyInputView::new);
        register(QuizType.ORDER, OrderInput::new, OrderInput.class, OrderInputView::new);
    }

    private QuizInputs() {
    }

    private static <I extends QuizInput> void register(QuizType type, Function<Quiz, I> input, Class<I> inputType,
                                                       Function<I, QuizInputView> view) {
        BY_TYPE.put(type, new Entry<>(input, inputType, view));
    }

    static boolean has(QuizType type) {
        return BY_TYPE.containsKey(type);
    }

    /** A fresh input for {@code quiz}. */
    static QuizInput input(Quiz quiz) {
        return entry(quiz.type()).input().apply(quiz);
    }

    /** The view of an input made by {@link #input}. */
    static QuizInputView view(QuizInput input) {
        return entry(input.quiz().type()).viewOf(input);
    }

    private static Entry<?> entry(QuizType type) {
        Entry<?> e = BY_TYPE.get(type);
        if (e == null) {
            throw new IllegalStateException("no panel input registered for quiz type " + type.id()
                    + " (register one in QuizInputs)");
        }
        return e;
    }
}
