package org.fanoutlab.ui.stage;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The stage's narration as a bounded log, newest last: a live region for screen readers, and a way for anyone
 * to read back what just happened.
 */
final class EventLog {
    /** Lines kept. */
    static final int SIZE = 200;

    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableList<String> view = FXCollections.unmodifiableObservableList(lines);

    /** Adds "12:03.4  text" unless it repeats the previous sentence. */
    void add(String time, String text, String previous) {
        if (text.equals(previous)) {
            return;
        }
        if (lines.size() >= SIZE) {
            lines.remove(0);
        }
        lines.add(time + "  " + text);
    }

    void clear() {
        lines.clear();
    }

    ObservableList<String> lines() {
        return view;
    }
}
