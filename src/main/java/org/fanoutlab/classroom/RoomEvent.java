package org.fanoutlab.classroom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * One entry of the room's event log, pushed to every phone and replayed to a phone that reconnects with
 * {@code Last-Event-ID}. The data is the same for everyone; {@link Room#render} adds what is the recipient's own.
 *
 * @param id    1, 2, 3… in the order of the room; the SSE {@code id}
 * @param round the question round the event belongs to (0 for none)
 * @param data  never modified after the event is logged
 */
public record RoomEvent(long id, Type type, int round, ObjectNode data) {

    public enum Type {
        QUESTION, REVEAL, CLOSED;

        /** The SSE event name. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
