package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.SeededRandom;

/**
 * A request is held open by the server for up to {@code holdSeconds}: a post answers it at once, otherwise it is
 * answered empty at the timeout. The answer reaches the client {@code roundTripSeconds} later, and the client's
 * next request is held from that moment; posts made in that gap wait for it (the cursor keeps them).
 */
final class LongPollLane extends HeldRequestLane {
    LongPollLane(int index, LaneSpec spec, LaneEventRing events, SeededRandom random) {
        super(index, spec, events, random, LaneParam.HOLD_SECONDS);
    }

    @Override
    void answer(double t) {
        next = t + param(LaneParam.ROUND_TRIP_SECONDS);
        deliverWaiting(Double.POSITIVE_INFINITY, next);
    }

    @Override
    void timedOut(double t) {
        // The client asks again once the empty answer has reached it.
        next = t + param(LaneParam.ROUND_TRIP_SECONDS);
    }

    /** The answer reached the client, which asks again; posts made meanwhile answer the new request at once. */
    @Override
    void stepAnswered(double t) {
        ask(t);
    }
}
