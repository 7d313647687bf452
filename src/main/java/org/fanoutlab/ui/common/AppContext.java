package org.fanoutlab.ui.common;

import java.nio.file.Path;
import org.fanoutlab.content.Course;
import org.fanoutlab.progress.ProgressStore;
import org.fanoutlab.progress.SettingsStore;

/** What every screen may use: the course, the learner's stores, and navigation. Built once at start-up. */
public record AppContext(Course course, ProgressStore progress, SettingsStore settings, Path dataDir,
                         Navigator navigator) {
}
