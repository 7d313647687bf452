package org.fanoutlab.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.fanoutlab.content.Quiz;

/**
 * Puts a course quiz to the phones of the class session that is running (class mode, docs/class-mode.md). The
 * lesson, the quiz review and presenter mode show an "Ask the room" action through this interface, so they need
 * nothing of the class panel that implements it (ui packages stay free of cycles).
 */
public interface AskTheRoom {
    /** No class mode: the action never shows. */
    AskTheRoom NONE = new AskTheRoom() {
        private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);

        @Override
        public ReadOnlyBooleanProperty openProperty() {
            return closed.getReadOnlyProperty();
        }

        @Override
        public boolean canAsk(Quiz quiz) {
            return false;
        }

        @Override
        public void ask(Quiz quiz) {
        }
    };

    /** Whether a session is open now (changes on the FX thread): the action shows only then. */
    ReadOnlyBooleanProperty openProperty();

    /** Whether phones can answer this quiz in the running session. */
    boolean canAsk(Quiz quiz);

    /** Asks the room and brings the class panel to the front; a refusal is shown there, never thrown. */
    void ask(Quiz quiz);
}
