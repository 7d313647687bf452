package org.fanoutlab.ui.quiz;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.ui.common.Messages;

/** true-false: the choice, null before one is made; T and F answer. */
final class TrueFalseInput extends QuizInput {
    private final ReadOnlyObjectWrapper<Boolean> value = new ReadOnlyObjectWrapper<>();

    TrueFalseInput(Quiz quiz) {
        super(quiz);
    }

    ReadOnlyObjectProperty<Boolean> valueProperty() {
        return value.getReadOnlyProperty();
    }

    void choose(boolean answer) {
        if (!isLocked()) {
            set(answer);
        }
    }

    @Override
    boolean key(char c) {
        if (c == 't' || c == 'f') {
            choose(c == 't');
            return true;
        }
        return false;
    }

    @Override
    QuizAnswer answer() {
        return new QuizAnswer.TrueFalse(value.get());
    }

    @Override
    void show(QuizAnswer answer) {
        set(((QuizAnswer.TrueFalse) answer).value());
    }

    @Override
    void clear() {
        set(null);
    }

    @Override
    String keysText() {
        return Messages.get("quiz.keys.true-false");
    }

    private void set(Boolean v) {
        value.set(v);
        setReady(v != null);
    }
}
