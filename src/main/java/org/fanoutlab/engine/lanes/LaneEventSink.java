package org.fanoutlab.engine.lanes;

/**
 * Receives lane events. Primitive arguments, so that draining allocates nothing.
 *
 * @param lane index into the scenario's lanes, or -1 for the producer's posts
 * @param post the post's sequence number (0, 1, …) or -1 where no single post applies
 */
@FunctionalInterface
public interface LaneEventSink {
    void accept(LaneEventKind kind, double timeSeconds, int lane, long post, long count);
}
