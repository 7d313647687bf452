package org.fanoutlab.ui.classroom;

/** Style-class names used by classroom.css; the views use only these, never inline styles. */
final class ClassroomStyles {
    static final String STYLESHEET = "classroom.css";

    static final String SCREEN = "class-screen";
    /** On the screen's root in presenter mode: everything larger, for the back of the room. */
    static final String PRESENTING = "class-presenting";
    static final String INTRO = "class-intro";
    static final String INTRO_ICON = "class-intro-icon";
    static final String TITLE = "class-title";
    static final String TEXT = "class-text";
    static final String HEADER = "class-header";
    static final String HEADER_TITLE = "class-header-title";
    static final String LIVE_DOT = "class-live-dot";
    static final String MUTED = "class-muted";
    static final String ERROR = "class-error";
    static final String NOTICE = "class-notice";

    static final String JOIN = "class-join";
    static final String JOIN_LABEL = "class-join-label";
    static final String JOIN_URL = "class-join-url";
    static final String CODE = "class-code";
    static final String COUNT = "class-count";
    static final String QR = "class-qr";

    static final String ASK_ROW = "class-ask-row";
    static final String QUESTION = "class-question";
    static final String QUESTION_META = "class-question-meta";
    static final String PROMPT = "class-prompt";
    static final String ANSWERED = "class-answered";
    static final String CHART = "class-chart";
    static final String EMPTY = "class-empty";
    static final String REVEAL_ROW = "class-reveal-row";
    static final String RIGHT_TEXT = "class-right-text";

    static final String BAR_ROW = "class-bar-row";
    static final String BAR_LABEL = "class-bar-label";
    static final String BAR_TRACK = "class-bar-track";
    static final String BAR_FILL = "class-bar-fill";
    static final String BAR_COUNT = "class-bar-count";
    /** On a bar, a part or a dot: right, once revealed. */
    static final String RIGHT = "class-right";
    /** On a bar, a part or a dot: not right, once revealed. */
    static final String WRONG = "class-wrong";

    static final String LEGEND = "class-legend";
    static final String SWATCH = "class-swatch";
    /** Followed by the category's index: class-part-0, class-part-1… (classify buckets). */
    static final String PART_PREFIX = "class-part-";
    /** Followed by the position's index: class-position-0… (order; light to dark). */
    static final String POSITION_PREFIX = "class-position-";
    static final String PART_ROW = "class-part-row";
    static final String PART_BAR = "class-part-bar";
    static final String PART_SHARE = "class-part-share";

    static final String DOTS = "class-dots";
    static final String DOT = "class-dot";
    static final String AXIS = "class-axis";
    static final String TICK = "class-tick";
    static final String TICK_LABEL = "class-tick-label";
    static final String BAND = "class-band";
    static final String MARKER = "class-marker";
    static final String MARKER_LABEL = "class-marker-label";
    static final String OFF_SCALE = "class-off-scale";

    static final String NAMES = "class-names";
    static final String NAME_ROW = "class-name-row";

    static final String TRAFFIC = "class-traffic";
    static final String TRAFFIC_TITLE = "class-traffic-title";
    static final String TRAFFIC_VALUE = "class-traffic-value";
    static final String TRAFFIC_LABEL = "class-traffic-label";

    static final String DIALOG = "class-start-dialog";
    static final String PRESENTER_CONTROLS = "class-presenter-controls";

    private ClassroomStyles() {
    }
}
