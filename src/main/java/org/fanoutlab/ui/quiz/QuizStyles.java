package org.fanoutlab.ui.quiz;

import atlantafx.base.theme.Styles;

/** Style-class names used by quiz.css; the views use only these, never inline styles. */
public final class QuizStyles {
    public static final String STYLESHEET = "quiz.css";

    public static final String PANEL = "quiz-panel";
    public static final String HEADER = "quiz-header";
    public static final String KIND = "quiz-kind";
    public static final String KEYS = "quiz-keys";
    public static final String PROMPT = "quiz-prompt";
    public static final String OPTIONS = "quiz-options";
    public static final String OPTION = "quiz-option";
    public static final String NUMBER_ROW = "quiz-number-row";
    public static final String UNIT = "quiz-unit";
    public static final String VALIDATION = "quiz-validation";
    public static final String BUTTONS = "quiz-buttons";
    public static final String HINT = "quiz-hint";
    public static final String RESULT = "quiz-result";
    public static final String RIGHT = "quiz-right";
    public static final String WRONG = "quiz-wrong";
    public static final String VERDICT = "quiz-verdict";
    public static final String FEEDBACK = "quiz-feedback";
    public static final String FIGURE = "quiz-figure";
    public static final String EXPLAIN = "quiz-explain";
    public static final String EXPLAIN_TITLE = "quiz-explain-title";
    public static final String ERROR = "quiz-error";
    public static final String RUNNING = "quiz-running";

    /** classify: the list, an item's row (focusable), its text, its bucket buttons, and how many are sorted. */
    public static final String SORT = "quiz-sort";
    public static final String SORT_ROW = "quiz-sort-row";
    public static final String SORT_ITEM = "quiz-sort-item";
    public static final String BUCKETS = "quiz-buckets";
    public static final String BUCKET = "quiz-bucket";
    public static final String SORT_PROGRESS = "quiz-sort-progress";
    /** order: the list, a step's row (focusable), its position, its text, its move buttons, the last move in words. */
    public static final String ORDER = "quiz-order";
    public static final String ORDER_ROW = "quiz-order-row";
    public static final String ORDER_POSITION = "quiz-order-position";
    public static final String ORDER_TEXT = "quiz-order-text";
    public static final String ORDER_MOVE = "quiz-order-move";
    public static final String ORDER_STATUS = "quiz-order-status";
    /** The verdict under one classify item or order step. */
    public static final String ITEM_VERDICT = "quiz-item-verdict";

    /** A checkpoint card: a sentence or a question while the stage is paused. */
    public static final String CHECKPOINT = "quiz-checkpoint";
    public static final String CHECKPOINT_TITLE = "quiz-checkpoint-title";
    public static final String CHECKPOINT_SAY = "quiz-checkpoint-say";
    public static final String CHECKPOINT_BUTTONS = "quiz-checkpoint-buttons";
    public static final String REVIEW_CHECKPOINT = "quiz-review-checkpoint";
    /** A run with its checkpoint cards over it. */
    public static final String CHECKPOINT_LAYER = "quiz-checkpoint-layer";
    /** The scroller a checkpoint card sits in over the run. */
    public static final String CHECKPOINT_HOLDER = "quiz-checkpoint-holder";
    public static final String CHECKPOINT_PAUSING = "quiz-checkpoint-pausing";
    /** The line above a run a lesson opened in the Lab: whose checkpoints, and the toggle. */
    public static final String CHECKPOINT_BAR = "quiz-checkpoint-bar";

    public static final String REVIEW = "quiz-review";
    public static final String REVIEW_TOOLBAR = "quiz-review-toolbar";
    public static final String REVIEW_COLUMN = "quiz-review-column";
    public static final String REVIEW_TOTAL = "quiz-review-total";
    public static final String REVIEW_LESSON = "quiz-review-lesson";
    public static final String REVIEW_LESSON_TITLE = "quiz-review-lesson-title";
    public static final String REVIEW_SCORE = "quiz-review-score";
    public static final String REVIEW_ROW = "quiz-review-row";
    public static final String REVIEW_ANSWER = "quiz-review-answer";
    public static final String REVIEW_STATE = "quiz-review-state";
    public static final String REVIEW_EMPTY = "quiz-review-empty";
    public static final String NOT_ANSWERED = "quiz-not-answered";

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

    private QuizStyles() {
    }

    public static String stylesheet() {
        return QuizStyles.class.getResource(STYLESHEET).toExternalForm();
    }
}
