package org.fanoutlab.ui.common;

import java.util.function.Supplier;
import javafx.scene.Node;

/** A screen the main window can show in its content slot. */
public interface ShellScreen {
    Node view();

    /** Called each time the screen comes to the front. */
    default void shown() {
    }

    /** Called once when the window closes: stop timers and threads. */
    default void dispose() {
    }

    /**
     * The UI language changed (View → Language) and {@link Messages} now speaks it. Returns the screen the shell
     * shows from now on: usually a fresh one from {@code rebuild}, already in the new language, to which this screen
     * has handed everything the learner did here (the shell then disposes this one); or this screen itself when it
     * re-read its own words.
     *
     * <p>The default keeps this screen as it is: losing a learner's work is worse than a screen that speaks the old
     * language until the next start. docs/decisions/0011-ui-language.md lists what each screen carries over.
     */
    default ShellScreen relocalized(Supplier<? extends ShellScreen> rebuild) {
        return this;
    }
}
