package org.fanoutlab.classroom;

import java.time.Duration;

/**
 * The room's limits (docs/decisions/0012-class-mode.md).
 *
 * @param maxParticipants joins beyond this are refused (409)
 * @param heartbeat       a stream with nothing to say for this long gets a keep-alive comment; writing it is also
 *                        how a phone that vanished without closing its connection is found
 * @param stallLimit      a stream whose write has not finished after this long is dropped as slow
 * @param outboxCapacity  a stream with this many events waiting is dropped as slow
 */
public record RoomSettings(int maxParticipants, Duration heartbeat, Duration stallLimit, int outboxCapacity) {
    public static final int DEFAULT_MAX = 200;
    /** Each participant holds one server thread while connected (ADR 0012), so the room size is capped. */
    public static final int LIMIT_MAX = 1000;

    public RoomSettings {
        if (maxParticipants < 1 || maxParticipants > LIMIT_MAX) {
            throw new IllegalArgumentException("the room holds 1 to " + LIMIT_MAX + " participants, was " + maxParticipants);
        }
        if (heartbeat.isNegative() || heartbeat.isZero() || stallLimit.isNegative() || stallLimit.isZero()) {
            throw new IllegalArgumentException("heartbeat and stall limit must be positive");
        }
        if (outboxCapacity < 1) {
            throw new IllegalArgumentException("outbox capacity must be at least 1, was " + outboxCapacity);
        }
    }

    public static RoomSettings withMax(int maxParticipants) {
        return new RoomSettings(maxParticipants, Duration.ofSeconds(15), Duration.ofSeconds(20), 64);
    }
}
