package org.fanoutlab.ui.lanes;

import org.fanoutlab.engine.lanes.LaneEventKind;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.TokenRole;

/**
 * What a token on a lane stands for: its shape (so colour is never the only signal), how it moves along the
 * lane, and its colour's role in the one Okabe–Ito token set the stage uses too ({@link TokenRole}; the colours
 * come from CSS).
 */
enum LaneToken {
    /** A post on its way from the producer to the lane's server end. */
    POST(Shape.CIRCLE, Motion.FROM_PRODUCER, TokenRole.POST),
    /** A request travelling from the consumer to the server. */
    REQUEST(Shape.TRIANGLE_LEFT, Motion.TO_SERVER, TokenRole.REQUEST),
    /** An empty answer. */
    EMPTY(Shape.RING, Motion.TO_CONSUMER, TokenRole.EMPTY),
    /** Data reaching the consumer. */
    DELIVERED(Shape.CIRCLE, Motion.TO_CONSUMER, TokenRole.DELIVERED),
    /** A fetch answered with a batch of records. */
    BATCH(Shape.SQUARE, Motion.TO_CONSUMER, TokenRole.DELIVERED),
    /** A duplicate copy. */
    DUPLICATE(Shape.SQUARE, Motion.TO_CONSUMER, TokenRole.NOTICE),
    /** A failed call: goes out and stops half-way. */
    FAILED(Shape.HOLLOW_SQUARE, Motion.HALF_WAY, TokenRole.FAILURE),
    /** Dropped at the full buffer. */
    DROPPED(Shape.CROSS, Motion.FALL_AT_CONSUMER, TokenRole.FAILURE),
    /** Given up by the sender. */
    GIVEN_UP(Shape.CROSS, Motion.FALL_AT_SERVER, TokenRole.SPECIAL),
    /** The connection broke. */
    DISCONNECTED(Shape.BAR, Motion.STAY_MIDDLE, TokenRole.FAILURE),
    /** The connection is back; missed posts are replayed. */
    RECONNECTED(Shape.DIAMOND, Motion.TO_CONSUMER, TokenRole.SPECIAL),
    /** IDLE re-issued. */
    REISSUE(Shape.HOLLOW_DIAMOND, Motion.TO_SERVER, TokenRole.SPECIAL),
    /** "You have mail". */
    NOTIFY(Shape.DIAMOND, Motion.TO_CONSUMER, TokenRole.NOTICE),
    /** The producer is blocked on a full buffer. */
    BLOCKED(Shape.SQUARE, Motion.STAY_AT_SERVER, TokenRole.SPECIAL),
    /** A message the client sends up its open WebSocket: no request, so a different shape from one. */
    UPSTREAM(Shape.HOLLOW_TRIANGLE_LEFT, Motion.TO_SERVER, TokenRole.REQUEST);

    enum Shape { CIRCLE, RING, SQUARE, HOLLOW_SQUARE, TRIANGLE_LEFT, HOLLOW_TRIANGLE_LEFT, DIAMOND, HOLLOW_DIAMOND, CROSS, BAR }

    enum Motion { FROM_PRODUCER, TO_SERVER, TO_CONSUMER, HALF_WAY, FALL_AT_CONSUMER, FALL_AT_SERVER, STAY_MIDDLE,
        STAY_AT_SERVER }

    static final LaneToken[] ALL = values();

    private final Shape shape;
    private final Motion motion;
    private final TokenRole role;

    LaneToken(Shape shape, Motion motion, TokenRole role) {
        this.shape = shape;
        this.motion = motion;
        this.role = role;
    }

    Shape shape() {
        return shape;
    }

    Motion motion() {
        return motion;
    }

    /** Its colour's role in the shared token set. */
    TokenRole role() {
        return role;
    }

    /** The legend's words for this token. */
    String label() {
        return Messages.get("lanes.token." + name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The token an engine event shows as; every kind has one. */
    static LaneToken forEvent(LaneEventKind kind) {
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
            case UPSTREAM -> UPSTREAM;
        };
    }
}
