package org.fanoutlab.ui.lab.common;

import javafx.util.Duration;
import javafx.scene.control.Tooltip;

/** The lab's tooltips: they explain, so they wrap, come quickly and stay long enough to be read. */
public final class Tooltips {
    private Tooltips() {
    }

    public static Tooltip of(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        return t;
    }
}
