package org.fanoutlab.ui.common;

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
}
