package org.fanoutlab.classroom;

/**
 * A request the room turns down, with a sentence for the person who made it. The HTTP layer maps each reason to
 * one status (docs/class-mode.md); the instructor's panel shows the message.
 */
public final class RoomRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The body is valid JSON but not a valid request (a name too long, an answer of the wrong kind). */
        BAD_REQUEST,
        /** The join code is not this room's. */
        WRONG_CODE,
        /** No quiz of that id can be asked in this session. */
        UNKNOWN_QUIZ,
        /** The room already has its maximum number of participants. */
        FULL,
        /** The request does not fit the room's state: no question, another question, after the reveal, closed. */
        CONFLICT
    }

    private final Reason reason;

    public RoomRefusal(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
