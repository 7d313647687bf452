package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.SeededRandom;

/**
 * A request is held open by the server for up to {@code holdSeconds}: a post answers it at once, otherwise it is
 * answered empty at the timeout. The answer reaches the client {@code roundTripSeconds} later, and the client's
 * next request is held from that moment; posts made in that gap wait for it (the cursor keeps them).
 */
final class LongPollLane extends Lane {
    private final PostQueue waiting;
    private boolean held;
    private double timeoutAt;
    private double gapEnd;

    LongPollLane(int index, LaneSpec spec, LaneEventRing events, SeededRandom random) {
        super(index, spec, events, random);
        waiting = new PostQueue();
        hold(0);
    }

    private LongPollLane(LongPollLane o, LaneEventRing events) {
        super(o, events);
        waiting = o.waiting.copy();
        held = o.held;
        timeoutAt = o.timeoutAt;
        gapEnd = o.gapEnd;
    }

    @Override
    Lane copy(LaneEventRing events) {
        return new LongPollLane(this, events);
    }

    @Override
    double nextTime() {
        return held ? timeoutAt : gapEnd;
    }

    @Override
    void step(double t) {
        if (held) {
            // Timeout: the held request comes back empty; the client asks again after the round trip.
            held = false;
            closed();
            empty(t);
            gapEnd = t + param(LaneParam.ROUND_TRIP_SECONDS);
        } else if (!waiting.isEmpty()) {
            // The new request finds posts already waiting: answered at once.
            request(t);
            answer(t);
        } else {
            hold(t);
        }
    }

    @Override
    void onPost(long seq, double t) {
        arrived(seq, t);
        waiting.add(t, seq);
        if (held) {
            held = false;
            closed();
            answer(t);
        }
    }

    private void hold(double t) {
        request(t);
        held = true;
        opened();
        timeoutAt = t + param(LaneParam.HOLD_SECONDS);
    }

    private void answer(double t) {
        double arrive = t + param(LaneParam.ROUND_TRIP_SECONDS);
        while (!waiting.isEmpty()) {
            deliver(waiting.headSeq(), waiting.headTime(), arrive);
            waiting.removeHead();
        }
        gapEnd = arrive;
    }
}
