package org.fanoutlab.ui.lesson;

import org.fanoutlab.ui.common.StyleClass;

/** Style-class names used by lesson.css; the views use only these, never inline styles. */
enum LessonStyles implements StyleClass {
    SCREEN, SIDEBAR, SIDEBAR_TITLE, LIST, ENTRY, ENTRY_TITLE, ENTRY_STATUS, ENTRY_SCORE, STATUS_NOT_STARTED,
    STATUS_IN_PROGRESS, STATUS_DONE,
    READER, COLUMN, TITLE, SUMMARY, NAV, DONE_ROW, DONE_LABEL, MESSAGE, PROBLEMS, PROBLEM, EMPTY;

    static final String STYLESHEET = "lesson.css";

    @Override
    public String prefix() {
        return "lesson-";
    }

    static String stylesheet() {
        return LessonStyles.class.getResource(STYLESHEET).toExternalForm();
    }
}
