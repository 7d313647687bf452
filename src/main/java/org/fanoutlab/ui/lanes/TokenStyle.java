package org.fanoutlab.ui.lanes;

import org.fanoutlab.engine.lanes.LaneEventKind;

/**
 * What a token on a lane stands for: its shape (so colour is never the only signal), how it moves along the
 * lane, and its Okabe–Ito colour (safe for the common colour-vision deficiencies; fixed in both themes, since
 * the tokens sit on the themed track, not on the window background).
 */
enum TokenStyle {
    /** A post on its way from the producer to the lane's server end. */
    POST(Shape.CIRCLE, Motion.FROM_PRODUCER, "#0072B2", "post"),
    /** A request travelling from the consumer to the server. */
    REQUEST(Shape.TRIANGLE_LEFT, Motion.TO_SERVER, "#56B4E9", "request"),
    /** An empty answer. */
    EMPTY(Shape.RING, Motion.TO_CONSUMER, "#7A7A7A", "empty answer"),
    /** Data reaching the consumer. */
    DELIVERED(Shape.CIRCLE, Motion.TO_CONSUMER, "#009E73", "delivered"),
    /** A fetch answered with a batch of records. */
    BATCH(Shape.SQUARE, Motion.TO_CONSUMER, "#009E73", "batch fetched"),
    /** A duplicate copy. */
    DUPLICATE(Shape.SQUARE, Motion.TO_CONSUMER, "#E69F00", "duplicate"),
    /** A failed call: goes out and stops half-way. */
    FAILED(Shape.HOLLOW_SQUARE, Motion.HALF_WAY, "#D55E00", "failed call"),
    /** Dropped at the full buffer. */
    DROPPED(Shape.CROSS, Motion.FALL_AT_CONSUMER, "#D55E00", "dropped"),
    /** Given up by the sender. */
    GIVEN_UP(Shape.CROSS, Motion.FALL_AT_SERVER, "#CC79A7", "given up"),
    /** The connection broke. */
    DISCONNECTED(Shape.BAR, Motion.STAY_MIDDLE, "#D55E00", "disconnected"),
    /** The connection is back; missed posts are replayed. */
    RECONNECTED(Shape.DIAMOND, Motion.TO_CONSUMER, "#CC79A7", "reconnect + replay"),
    /** IDLE re-issued. */
    REISSUE(Shape.HOLLOW_DIAMOND, Motion.TO_SERVER, "#CC79A7", "IDLE re-issue"),
    /** "You have mail". */
    NOTIFY(Shape.DIAMOND, Motion.TO_CONSUMER, "#E69F00", "notice"),
    /** The producer is blocked on a full buffer. */
    BLOCKED(Shape.SQUARE, Motion.STAY_AT_SERVER, "#CC79A7", "producer blocked");

    enum Shape { CIRCLE, RING, SQUARE, HOLLOW_SQUARE, TRIANGLE_LEFT, DIAMOND, HOLLOW_DIAMOND, CROSS, BAR }

    enum Motion { FROM_PRODUCER, TO_SERVER, TO_CONSUMER, HALF_WAY, FALL_AT_CONSUMER, FALL_AT_SERVER, STAY_MIDDLE,
        STAY_AT_SERVER }

    static final TokenStyle[] ALL = values();

    private final Shape shape;
    private final Motion motion;
    private final String color;
    private final String label;

    TokenStyle(Shape shape, Motion motion, String color, String label) {
        this.shape = shape;
        this.motion = motion;
        this.color = color;
        this.label = label;
    }

    Shape shape() {
        return shape;
    }

    Motion motion() {
        return motion;
    }

    /** Web colour, e.g. "#009E73". */
    String color() {
        return color;
    }

    /** The legend's words for this token. */
    String label() {
        return label;
    }

    /** The token an engine event shows as; every kind has one. */
    static TokenStyle forEvent(LaneEventKind kind) {
        return switch (kind) {
            case POST -> POST;
            case REQUEST -> REQUEST;
            case EMPTY -> EMPTY;
            case BATCH -> BATCH;
            case DELIVERED -> DELIVERED;
            case DROPPED -> DROPPED;
            case DUPLICATE -> DUPLICATE;
            case FAILED -> FAILED;
            case GIVEN_UP -> GIVEN_UP;
            case DISCONNECTED -> DISCONNECTED;
            case RECONNECTED -> RECONNECTED;
            case REISSUE -> REISSUE;
            case NOTIFY -> NOTIFY;
            case BLOCKED -> BLOCKED;
        };
    }
}
