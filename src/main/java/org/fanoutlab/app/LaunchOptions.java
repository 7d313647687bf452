package org.fanoutlab.app;

import java.nio.file.Path;

/**
 * How the app was asked to open: at a lesson, at a preset in the Lab, with which data folder.
 *
 * @param lessonId   null to open where the learner left off
 * @param labPreset  null unless {@code --lab} was given
 * @param dataDir    the folder for progress and settings
 */
public record LaunchOptions(String lessonId, String labPreset, Path dataDir) {

    public static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".fanoutlab");
    }

    public static LaunchOptions defaults() {
        return new LaunchOptions(null, null, defaultDataDir());
    }
}
