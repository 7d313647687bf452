package org.fanoutlab.ui.quiz;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.ui.common.Messages;

/**
 * One quiz type's input inside a panel's view-model, free of the scene graph: the answer being drafted, the keys
 * the type takes, and showing a saved answer again. One subclass per type, registered in {@link QuizInputs} with
 * its {@link QuizInputView}; {@link QuizPanelViewModel} holds one and never asks which type it is.
 */
abstract class QuizInput {
    private final Quiz quiz;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private boolean locked;

    QuizInput(Quiz quiz) {
        this.quiz = Objects.requireNonNull(quiz, "quiz");
    }

    Quiz quiz() {
        return quiz;
    }

    /** Whether the draft is a whole answer that can be checked. */
    ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    protected final void setReady(boolean value) {
        ready.set(value);
    }

    /** While a verdict shows (or the engine runs) the input ignores every change; the panel locks it. */
    final boolean isLocked() {
        return locked;
    }

    final void setLocked(boolean value) {
        locked = value;
    }

    /** The draft as an answer; only called when {@link #readyProperty()} is true. */
    abstract QuizAnswer answer();

    /** Shows a saved answer again (read back from the progress file for this quiz). */
    abstract void show(QuizAnswer answer);

    /** A blank slate: what a learner who never answered sees. */
    abstract void clear();

    /**
     * What the learner has entered and not checked, for a panel rebuilt in another language to show again; null
     * when there is nothing whole to carry. Types whose half-done input is worth keeping override this pair.
     */
    Object draft() {
        return readyProperty().get() ? answer() : null;
    }

    /** Shows again what {@link #draft} returned. */
    void restoreDraft(Object draft) {
        if (draft instanceof QuizAnswer a) {
            show(a);
        }
    }

    /**
     * A key pressed while the panel has the focus ('1'–'9' as digits, letters in lower case); true when it meant
     * something to this type. Enter and H are the panel's own.
     */
    boolean key(char c) {
        return false;
    }

    /** The header line: what kind of question this is. */
    String kindText() {
        return Messages.get("quiz.kind." + quiz.type().id());
    }

    /** The keys this input takes, for the header. */
    abstract String keysText();
}
