package org.fanoutlab.ui.common;

/** Moves the main window between its screens; feature screens use it to link to each other. */
public interface Navigator {
    void openLesson(String lessonId);

    /** Opens the Lab screen with a preset from lessons/scenarios/ (name without .json). */
    void openLab(String presetName);

    /**
     * Opens a preset in the Lab for a lesson: the run stops at the checkpoints the lesson's lab block sets on it.
     * Navigators that do not know lessons open the preset alone.
     */
    default void openLab(String presetName, String lessonId) {
        openLab(presetName);
    }

    void openQuizReview();

    void openGuide();

    /** Shows a short message in the status bar. */
    void status(String message);
}
