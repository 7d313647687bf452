package org.fanoutlab.ui.classroom;

import org.fanoutlab.ui.common.StyleClass;

/** Style-class names used by classroom.css; the views use only these, never inline styles. */
enum ClassroomStyles implements StyleClass {
    SCREEN,
    /** On the screen's root in presenter mode: everything larger, for the back of the room. */
    PRESENTING,
    INTRO, INTRO_ICON, TITLE, TEXT, HEADER, HEADER_TITLE, LIVE_DOT, MUTED, ERROR, NOTICE,
    JOIN, JOIN_LABEL, JOIN_URL, CODE, COUNT, QR,
    ASK_ROW, QUESTION, QUESTION_META, PROMPT, ANSWERED, CHART, EMPTY, REVEAL_ROW, RIGHT_TEXT,
    BAR_ROW, BAR_LABEL, BAR_TRACK, BAR_FILL, BAR_COUNT,
    /** On a bar, a part or a dot: right, once revealed. */
    RIGHT,
    /** On a bar, a part or a dot: not right, once revealed. */
    WRONG,
    LEGEND, SWATCH, PART_ROW, PART_BAR, PART_SHARE,
    DOTS, DOT, AXIS, TICK, TICK_LABEL, BAND, MARKER, MARKER_LABEL, OFF_SCALE,
    NAMES, NAME_ROW,
    TRAFFIC, TRAFFIC_TITLE, TRAFFIC_VALUE, TRAFFIC_LABEL,
    START_DIALOG, PRESENTER_CONTROLS;

    static final String STYLESHEET = "classroom.css";
    /** Followed by the category's index: class-part-0, class-part-1… (classify buckets). */
    static final String PART_PREFIX = "class-part-";
    /** Followed by the position's index: class-position-0… (order; light to dark). */
    static final String POSITION_PREFIX = "class-position-";

    @Override
    public String prefix() {
        return "class-";
    }
}
