package org.fanoutlab.classroom;

import java.time.Instant;

/**
 * One phone in the room.
 *
 * @param number the order of joining, from 1; the only identity the instructor's views and the CSV use when names
 *               are hidden
 * @param token  the participant's bearer token; never shown to anyone else
 * @param name   the cleaned nickname ({@link Nickname}), or null when none was given
 */
public record Participant(int number, String token, String name, Instant joinedAt) {

    /** {@code p7}: stable within a session, meaningless outside it. */
    public String pseudonym() {
        return "p" + number;
    }

    @Override
    public String toString() {
        // Tokens are credentials: keep them out of logs and error messages.
        return "Participant[" + pseudonym() + "]";
    }
}
