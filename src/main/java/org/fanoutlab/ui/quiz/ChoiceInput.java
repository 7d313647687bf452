package org.fanoutlab.ui.quiz;

import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.content.QuizType;
import org.fanoutlab.ui.common.Messages;

/** single and multiple: the chosen options; digits 1–6 pick one (single) or toggle it (multiple). */
final class ChoiceInput extends QuizInput {
    /** Options beyond 6 have no digit key; the schema allows 2 to 6. */
    static final int MAX_KEYED_OPTIONS = 6;

    private final ReadOnlyObjectWrapper<Set<Integer>> chosen = new ReadOnlyObjectWrapper<>(Set.of());
    private final boolean multiple;

    ChoiceInput(Quiz quiz) {
        super(quiz);
        this.multiple = quiz.type() == QuizType.MULTIPLE;
    }

    boolean multiple() {
        return multiple;
    }

    ReadOnlyObjectProperty<Set<Integer>> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** Single: select option {@code index}; multiple: toggle it. Ignored while locked or out of range. */
    void choose(int index) {
        if (isLocked() || index < 0 || index >= quiz().options().size()) {
            return;
        }
        if (multiple) {
            Set<Integer> next = new TreeSet<>(chosen.get());
            if (!next.remove(index)) {
                next.add(index);
            }
            set(next);
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
    QuizAnswer answer() {
        return new QuizAnswer.Choice(chosen.get());
    }

    @Override
    void show(QuizAnswer answer) {
        set(((QuizAnswer.Choice) answer).chosen());
    }

    @Override
    void clear() {
        set(Set.of());
    }

    @Override
    String keysText() {
        int n = Math.min(quiz().options().size(), MAX_KEYED_OPTIONS);
        return Messages.format(multiple ? "quiz.keys.multiple" : "quiz.keys.single", n);
    }

    private void set(Set<Integer> value) {
        chosen.set(Set.copyOf(value));
        setReady(!value.isEmpty());
    }
}
