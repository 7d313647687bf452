package org.fanoutlab.ui.common;

import java.nio.file.Path;
import org.fanoutlab.content.Course;
import org.fanoutlab.progress.ProgressStore;
import org.fanoutlab.progress.SettingsStore;

/**
 * What every screen may use: the course, the learner's stores, navigation, and the class session's "Ask the room".
 * Built once at start-up.
 */
public record AppContext(Course course, ProgressStore progress, SettingsStore settings, Path dataDir,
                         Navigator navigator, AskTheRoom room) {

    public AppContext {
        room = room == null ? AskTheRoom.NONE : room;
    }

    /** Without class mode (tests and tools that show one screen). */
    public AppContext(Course course, ProgressStore progress, SettingsStore settings, Path dataDir, Navigator navigator) {
        this(course, progress, settings, dataDir, navigator, AskTheRoom.NONE);
    }
}
