package org.fanoutlab.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.CourseLoader;
import org.fanoutlab.content.LessonsLocation;
import org.fanoutlab.progress.ProgressStore;
import org.fanoutlab.progress.SettingsStore;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.UiLanguage;
import org.fanoutlab.ui.shell.ShellSettings;
import org.fanoutlab.ui.shell.StoreNotices;

/**
 * The non-UI services the window needs, opened once at start-up. The course is read once per language the
 * learner picks (the translated lessons, falling back to English lesson by lesson); progress is one for all.
 */
record AppServices(Path lessonsDir, Path assetsDir, ProgressStore progress, SettingsStore settings, Path dataDir,
                   Map<UiLanguage, Course> courses) {

    static AppServices open(Path dataDir) {
        return new AppServices(LessonsLocation.lessonsDir(), LessonsLocation.assetsDir(), ProgressStore.open(dataDir),
                SettingsStore.open(dataDir), dataDir, new ConcurrentHashMap<>());
    }

    /** The course in {@code language}, read the first time it is asked for. */
    Course course(UiLanguage language) {
        return courses.computeIfAbsent(language, l -> CourseLoader.load(lessonsDir, assetsDir, l.tag()));
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
    List<String> startupNotices(UiLanguage language) {
        List<String> out = new ArrayList<>();
        progress.notices().stream().map(StoreNotices::say).forEach(out::add);
        settings.notices().stream().map(StoreNotices::say).forEach(out::add);
        Course course = course(language);
        if (!course.problems().isEmpty()) {
            out.add(Messages.format("status.lessonProblems", course.problems().size()));
        }
        return out;
    }
}
