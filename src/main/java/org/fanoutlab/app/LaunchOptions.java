package org.fanoutlab.app;

import java.nio.file.Path;

/**
 * How the app was asked to open: at a lesson, at a preset in the Lab, with which data folder.
 *
 * @param lessonId   null to open where the learner left off
 * @param labPreset  null unless {@code --lab} was given
 * @param dataDir    the folder for progress and settings
 * @param labAt      with {@code labPreset}: the simulated moment to open at, paused; null to start playing at 0
 */
public record LaunchOptions(String lessonId, String labPreset, Path dataDir, Double labAt) {

    public LaunchOptions(String lessonId, String labPreset, Path dataDir) {
        this(lessonId, labPreset, dataDir, null);
    }

    public static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".fanoutlab");
    }

    public static LaunchOptions defaults() {
        return new LaunchOptions(null, null, defaultDataDir());
    }
}
