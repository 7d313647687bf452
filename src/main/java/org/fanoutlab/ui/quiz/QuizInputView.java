package org.fanoutlab.ui.quiz;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import org.fanoutlab.content.ItemVerdict;

/** The nodes of one quiz type's input inside a {@link QuizPanel}, bound to its {@link QuizInput}. */
interface QuizInputView {

    Node node();

    /**
     * A key pressed anywhere in the panel, before the panel's own keys (Enter, H, and the input's characters);
     * true when this view used it (the arrows on one of its rows, a digit for the focused row).
     */
    default boolean onKey(KeyEvent e) {
        return false;
    }

    /** Whether one of its text fields has the focus: the panel then leaves letters and digits to the field. */
    default boolean typing() {
        return false;
    }

    /** Puts the keyboard focus on the first thing to answer with. */
    void focusFirst();

    /** While a verdict shows (or the engine runs) the input takes no changes; its controls say so. */
    default void setLocked(boolean locked) {
    }

    /** Shows the verdict on each item (classify, order); an empty list takes them away. */
    default void showVerdicts(List<ItemVerdict> verdicts) {
    }
}
