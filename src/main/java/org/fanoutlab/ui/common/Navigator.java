package org.fanoutlab.ui.common;

/** Moves the main window between its screens; feature screens use it to link to each other. */
public interface Navigator {
    void openLesson(String lessonId);

    /** Opens the Lab screen with a preset from lessons/scenarios/ (name without .json). */
    void openLab(String presetName);

    void openQuizReview();

    void openGuide();

    /** Shows a short message in the status bar. */
    void status(String message);
}
