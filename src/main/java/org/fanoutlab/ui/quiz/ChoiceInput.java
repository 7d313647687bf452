package org.fanoutlab.ui.quiz;

import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.content.QuizType;
import org.fanoutlab.ui.common.Messages;

/** single and multiple: the chosen options; digits 1–6 pick one (single) or toggle it (multiple). */
final class ChoiceInput extends ValueInput<Set<Integer>, QuizAnswer.Choice> {
    /** Options beyond 6 have no digit key; the schema allows 2 to 6. */
    static final int MAX_KEYED_OPTIONS = 6;

    private final boolean multiple;

    ChoiceInput(Quiz quiz) {
        super(quiz, QuizAnswer.Choice.class, QuizAnswer.Choice::new, QuizAnswer.Choice::chosen,
                chosen -> !chosen.isEmpty());
        this.multiple = quiz.type() == QuizType.MULTIPLE;
        clear();
    }

    boolean multiple() {
        return multiple;
    }

    ReadOnlyObjectProperty<Set<Integer>> chosenProperty() {
        return draftValueProperty();
    }

    /** Single: select option {@code index}; multiple: toggle it. Ignored while locked or out of range. */
    void choose(int index) {
        if (isLocked() || index < 0 || index >= quiz().options().size()) {
            return;
        }
        if (multiple) {
            Set<Integer> next = new TreeSet<>(value());
            if (!next.remove(index)) {
                next.add(index);
            }
            set(Set.copyOf(next));
        } else {
            set(Set.of(index));
        }
    }

    @Override
    boolean key(char c) {
        int index = c - '1';
        if (c >= '1' && index < MAX_KEYED_OPTIONS && index < quiz().options().size()) {
            choose(index);
            return true;
        }
        return false;
    }

    @Override
    Set<Integer> blank() {
        return Set.of();
    }

    @Override
    String keysText() {
        int n = Math.min(quiz().options().size(), MAX_KEYED_OPTIONS);
        return Messages.format(multiple ? "quiz.keys.multiple" : "quiz.keys.single", n);
    }
}
