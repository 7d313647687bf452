package org.fanoutlab.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.CourseLoader;
import org.fanoutlab.content.LessonsLocation;
import org.fanoutlab.progress.ProgressStore;
import org.fanoutlab.progress.SettingsStore;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.shell.ShellSettings;

/** The non-UI services the window needs, opened once at start-up. */
record AppServices(Course course, ProgressStore progress, SettingsStore settings, Path dataDir) {

    static AppServices open(Path dataDir) {
        return new AppServices(CourseLoader.load(LessonsLocation.lessonsDir(), LessonsLocation.assetsDir()), ProgressStore.open(dataDir),
                SettingsStore.open(dataDir), dataDir);
    }

    ShellSettings shellSettings() {
        return new ShellSettings() {
            @Override
            public Optional<String> get(String key) {
                return settings.get(key);
            }

            @Override
            public void put(String key, String value) {
                settings.put(key, value);
            }
        };
    }

    /** Messages the learner must see at start: stores set aside, lessons with problems. */
    List<String> startupNotices() {
        List<String> out = new ArrayList<>();
        progress.notice().ifPresent(out::add);
        settings.notice().ifPresent(out::add);
        if (!course.problems().isEmpty()) {
            out.add(Messages.format("status.lessonProblems", course.problems().size()));
        }
        return out;
    }
}
