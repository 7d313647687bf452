package org.fanoutlab.engine;

/** Kinds of event the engine reports for watched consumers (docs/decisions/0002-engine-semantics.md, "Events"). */
public enum EventKind {
    /** A producer posted. {@code watched} is -1; {@code count} is the post's follower count. */
    POST_MADE,
    /** A post's writes joined the fan-out queue. {@code watched} is -1; {@code count} is the writes queued. */
    WRITES_QUEUED,
    /** A post reached a watched consumer's feed cache through fan-out ({@code producer}, {@code post} name it). */
    WRITE_DONE,
    /** A watched consumer sent a check. {@code count} is the producer timelines it queries (read queries). */
    CHECK_SENT,
    /** The check came back with nothing new. */
    CHECK_EMPTY,
    /**
     * The check came back with {@code count} new posts. When that is exactly one pulled post (and nothing pushed),
     * {@code producer} and {@code post} name it; otherwise they are -1.
     */
    CHECK_USEFUL,
    /**
     * Pulled (celebrity) posts were merged into the cached feed at read time; {@code count} posts merged
     * ({@code producer} and {@code post} name the post when it is exactly one, else -1).
     */
    MERGE_AT_READ
}
