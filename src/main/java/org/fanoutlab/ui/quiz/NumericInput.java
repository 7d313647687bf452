package org.fanoutlab.ui.quiz;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.content.QuizAnswers;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.NumberInput;

/**
 * numeric and predict: the typed text, read the way people write numbers ({@link AnswerText#parseNumber}), and
 * why it cannot be checked when it is not a number.
 */
final class NumericInput extends QuizInput {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper("");

    NumericInput(Quiz quiz) {
        super(quiz);
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Why the typed text cannot be checked; empty when it can (or nothing is typed yet). */
    ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    void setText(String typed) {
        if (!isLocked()) {
            set(typed);
        }
    }

    @Override
    QuizAnswer answer() {
        return new QuizAnswer.Number(AnswerText.parseNumber(text.get()).orElseThrow());
    }

    @Override
    void show(QuizAnswer answer) {
        // in the UI's language ("2,5"), which parseNumber reads back
        set(NumberInput.formatDecimal(((QuizAnswer.Number) answer).value(), 6));
    }

    @Override
    void clear() {
        set("");
    }

    /** The text as typed, even when it is not a number yet: the learner's keystrokes are theirs. */
    @Override
    Object draft() {
        return text.get().isEmpty() ? null : text.get();
    }

    @Override
    void restoreDraft(Object draft) {
        if (draft instanceof String typed) {
            set(typed);
        }
    }

    @Override
    String keysText() {
        return Messages.get("quiz.keys.number");
    }

    private void set(String typed) {
        String t = typed == null ? "" : typed;
        text.set(t);
        boolean number = AnswerText.parseNumber(t).isPresent();
        validation.set(t.isBlank() || number ? "" : Messages.format("quiz.number.invalid", t.strip()));
        setReady(number);
    }
}
