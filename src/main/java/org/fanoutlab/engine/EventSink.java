package org.fanoutlab.engine;

/**
 * Receives the engine's events for watched consumers. Primitive arguments, so that draining allocates nothing.
 *
 * @param producer index into the scenario's producers, or -1 where no single producer applies
 * @param post the post's sequence number (0, 1, … in posting order across all producers), or -1
 * @param watched index into {@link Simulation#watched()}, or -1 for events not tied to one consumer
 */
@FunctionalInterface
public interface EventSink {
    void accept(EventKind kind, double timeSeconds, int producer, long post, int watched, long count);
}
