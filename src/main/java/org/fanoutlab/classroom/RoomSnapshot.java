package org.fanoutlab.classroom;

import java.util.Optional;

/**
 * The room at one moment, for the instructor's panel and {@code GET /api/host/results}.
 *
 * @param connected participants with a push stream open now
 * @param current   the question asked last, or null before the first
 */
public record RoomSnapshot(JoinCode code, int joined, int connected, int maxParticipants, boolean closed,
        RoundResult current, TrafficSnapshot traffic) {

    public Optional<RoundResult> currentRound() {
        return Optional.ofNullable(current);
    }
}
