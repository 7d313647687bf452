package org.fanoutlab.ui.lesson;

/** Style-class names used by lesson.css; the views use only these, never inline styles. */
final class LessonStyles {
    static final String STYLESHEET = "lesson.css";

    static final String SCREEN = "lesson-screen";
    static final String SIDEBAR = "lesson-sidebar";
    static final String SIDEBAR_TITLE = "lesson-sidebar-title";
    static final String LIST = "lesson-list";
    static final String ENTRY = "lesson-entry";
    static final String ENTRY_TITLE = "lesson-entry-title";
    static final String ENTRY_STATUS = "lesson-entry-status";
    static final String ENTRY_SCORE = "lesson-entry-score";
    static final String STATUS_NOT_STARTED = "status-not-started";
    static final String STATUS_IN_PROGRESS = "status-in-progress";
    static final String STATUS_DONE = "status-done";

    static final String READER = "lesson-reader";
    static final String COLUMN = "lesson-column";
    static final String TITLE = "lesson-title";
    static final String SUMMARY = "lesson-summary";
    static final String NAV = "lesson-nav";
    static final String DONE_ROW = "lesson-done-row";
    static final String DONE_LABEL = "lesson-done-label";
    static final String MESSAGE = "lesson-message";
    static final String PROBLEMS = "lesson-problems";
    static final String PROBLEM = "lesson-problem";
    static final String EMPTY = "lesson-empty";

    static final String MD_PARAGRAPH = "md-paragraph";
    static final String MD_HEADING = "md-heading";
    static final String MD_HEADING_LEVEL = "md-h"; // + level, e.g. md-h2
    static final String MD_LINK = "md-link";
    static final String MD_URL = "md-url";
    static final String MD_CODE_BLOCK = "md-code-block";
    static final String MD_CODE_BLOCK_TEXT = "md-code-block-text";
    static final String MD_LIST = "md-list";
    static final String MD_LIST_ITEM = "md-list-item";
    static final String MD_LIST_MARKER = "md-list-marker";
    static final String MD_LIST_BODY = "md-list-body";
    static final String MD_CALLOUT = "md-callout";
    static final String MD_TABLE = "md-table";
    static final String MD_TABLE_CELL = "md-table-cell";
    static final String MD_TABLE_HEADER = "md-table-header";
    static final String MD_TABLE_ODD = "md-table-odd";
    static final String MD_RULE = "md-rule";
    static final String MD_IMAGE = "md-image";
    static final String MD_IMAGE_MISSING = "md-image-missing";

    static final String LAB_CARD = "lab-card";
    static final String LAB_TITLE = "lab-title";
    static final String LAB_CAPTION = "lab-caption";
    static final String LAB_STAGE = "lab-stage";
    static final String LAB_BUTTONS = "lab-buttons";
    /** The folded list of a lab's checkpoints, and the list inside it. */
    static final String LAB_CHECKPOINTS = "lab-checkpoints";
    static final String LAB_CHECKPOINTS_LIST = "lab-checkpoints-list";
    /** The stage slot of a preset with delivery lanes: the lanes view needs room for its table. */
    static final String LAB_STAGE_TALL = "lab-stage-tall";

    private LessonStyles() {
    }

    static String stylesheet() {
        return LessonStyles.class.getResource(STYLESHEET).toExternalForm();
    }
}
