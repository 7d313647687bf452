package org.fanoutlab.engine.lanes;

/** What happened in a lane, for the lanes view's tokens. */
public enum LaneEventKind {
    /** The producer posted; {@code lane} is -1. */
    POST,
    /** The consumer side sent a request (poll, fetch, reconnect, IDLE/FETCH command) or a webhook call went out. */
    REQUEST,
    /** An answer with nothing in it (empty poll, long-poll or fetch timeout). */
    EMPTY,
    /** A fetch came back with {@code count} records for the consumer to process (queue pull). */
    BATCH,
    /** {@code count} posts reached the consumer. */
    DELIVERED,
    /** A post was thrown away because the buffer was full. */
    DROPPED,
    /** The receiver got a copy of a post it already had. */
    DUPLICATE,
    /** A webhook call failed; a retry is scheduled (or the sender gives up next). */
    FAILED,
    /** The webhook sender gave up on a post. */
    GIVEN_UP,
    /** The push connection broke. */
    DISCONNECTED,
    /** The push connection is back; {@code count} posts are replayed from the last event id. */
    RECONNECTED,
    /** IDLE was ended and re-issued. */
    REISSUE,
    /** The server told the idling client that new mail exists. */
    NOTIFY,
    /** The producer could not hand a post over: the buffer is full and onFull is block. */
    BLOCKED,
    /** The client sent {@code count} messages up its open connection (WebSocket): no new request. */
    UPSTREAM
}
