package org.fanoutlab.ui.quiz;

import atlantafx.base.theme.Styles;
import org.fanoutlab.ui.common.StyleClass;

/** Style-class names used by quiz.css; the views use only these, never inline styles. */
public enum QuizStyles implements StyleClass {
    PANEL, HEADER, KIND, KEYS, PROMPT, OPTIONS, OPTION, NUMBER_ROW, UNIT, VALIDATION, BUTTONS, HINT, RESULT, RIGHT,
    WRONG, VERDICT, FEEDBACK, FIGURE, EXPLAIN, EXPLAIN_TITLE, ERROR, RUNNING,
    // classify: the list, an item's row (focusable), its text, its bucket buttons, and how many are sorted
    SORT, SORT_ROW, SORT_ITEM, BUCKETS, BUCKET, SORT_PROGRESS,
    // order: the list, a step's row (focusable), its position, its text, its move buttons, the last move in words
    ORDER, ORDER_ROW, ORDER_POSITION, ORDER_TEXT, ORDER_MOVE, ORDER_STATUS,
    /** The verdict under one classify item or order step. */
    ITEM_VERDICT,
    // a checkpoint card: a sentence or a question while the stage is paused
    CHECKPOINT, CHECKPOINT_TITLE, CHECKPOINT_SAY, CHECKPOINT_BUTTONS, REVIEW_CHECKPOINT,
    /** A run with its checkpoint cards over it. */
    CHECKPOINT_LAYER,
    /** The scroller a checkpoint card sits in over the run. */
    CHECKPOINT_HOLDER,
    CHECKPOINT_PAUSING,
    /** The line above a run a lesson opened in the Lab: whose checkpoints, and the toggle. */
    CHECKPOINT_BAR,
    REVIEW, REVIEW_TOOLBAR, REVIEW_COLUMN, REVIEW_TOTAL, REVIEW_LESSON, REVIEW_LESSON_TITLE, REVIEW_SCORE, REVIEW_ROW,
    REVIEW_ANSWER, REVIEW_STATE, REVIEW_EMPTY, NOT_ANSWERED;

    public static final String STYLESHEET = "quiz.css";
    /** AtlantaFX style classes (the shell's theme), re-exported so the views name every class in one place. */
    public static final String ACCENT = Styles.ACCENT;
    public static final String SUCCESS = Styles.SUCCESS;
    public static final String DANGER = Styles.DANGER;
    public static final String FLAT = Styles.FLAT;
    public static final String OUTLINED = Styles.BUTTON_OUTLINED;
    public static final String BUTTON_ICON = Styles.BUTTON_ICON;
    public static final String LEFT_PILL = Styles.LEFT_PILL;
    public static final String RIGHT_PILL = Styles.RIGHT_PILL;
    public static final String TEXT_MUTED = Styles.TEXT_MUTED;

    @Override
    public String prefix() {
        return "quiz-";
    }

    public static String stylesheet() {
        return QuizStyles.class.getResource(STYLESHEET).toExternalForm();
    }
}
