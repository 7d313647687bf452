package org.fanoutlab.ui.quiz;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.ui.common.Messages;

/** true-false: the choice, null before one is made; T and F answer. */
final class TrueFalseInput extends ValueInput<Boolean, QuizAnswer.TrueFalse> {
    TrueFalseInput(Quiz quiz) {
        super(quiz, QuizAnswer.TrueFalse.class, QuizAnswer.TrueFalse::new, QuizAnswer.TrueFalse::value,
                Objects::nonNull);
        clear();
    }

    ReadOnlyObjectProperty<Boolean> valueProperty() {
        return draftValueProperty();
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

    /** Null: neither true nor false chosen yet. */
    @Override
    Boolean blank() {
        return null;
    }

    @Override
    String keysText() {
        return Messages.get("quiz.keys.true-false");
    }
}
