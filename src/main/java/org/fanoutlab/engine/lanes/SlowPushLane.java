package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.SeededRandom;

/**
 * Push to a consumer slower than the producer: each post is sent into the consumer's buffer at once; the
 * consumer takes items one at a time at {@code consumerCapacityPerSecond}. The buffer holds {@code bufferSize}
 * items, counting the one being processed. A post that finds it full is dropped ({@code onFull: drop}), or
 * the producer is blocked until a slot frees ({@code onFull: block}); blocked posts queue at the producer in
 * order and {@code blockedSeconds} adds up the time at least one post was stuck. The shared stream is not
 * stalled for the other lanes (they stay comparable); the blocking is charged to this lane. A smaller buffer
 * set live keeps what it holds and accepts new items only below the new size. The buffer is
 * {@link #waiting}.
 */
final class SlowPushLane extends Lane {
    private PostQueue blocked;
    private double blockedSince;

    SlowPushLane(int index, LaneSpec spec, LaneEventRing events, SeededRandom random) {
        super(index, spec, events, random);
        blocked = new PostQueue();
        opened(); // one persistent connection the server pushes into
    }

    @Override
    void copyOwnParts() {
        blocked = blocked.copy();
    }

    @Override
    void step(double t) {
        deliverHead(t);
        admitBlocked(t);
        next = waiting.isEmpty() ? Double.POSITIVE_INFINITY : t + processingSeconds();
    }

    @Override
    void onPost(long seq, double t) {
        if (waiting.size() < capacity() && blocked.isEmpty()) {
            enqueue(seq, t);
            if (waiting.size() == 1) {
                next = t + processingSeconds();
            }
        } else if (spec.onFull() == OnFull.DROP) {
            drops++;
            events.add(LaneEventKind.DROPPED, t, index, seq, 1);
        } else {
            arrived(seq, t);
            if (blocked.isEmpty()) {
                blockedSince = t;
            }
            blocked.add(t, seq);
            events.add(LaneEventKind.BLOCKED, t, index, seq, blocked.size());
        }
    }

    @Override
    double blockedSecondsAt(double now) {
        return blocked.isEmpty() ? blockedSeconds : blockedSeconds + (now - blockedSince);
    }

    @Override
    void parameterChanged(LaneParam p, double now) {
        if (p == LaneParam.BUFFER_SIZE) {
            // A bigger buffer takes blocked posts in at once.
            admitBlocked(now);
        }
    }

    /** Blocked posts move into the buffer, in order, while it has room; the producer is free once none is left. */
    private void admitBlocked(double t) {
        while (!blocked.isEmpty() && waiting.size() < capacity()) {
            waiting.add(blocked.headTime(), blocked.headSeq());
            blocked.removeHead();
            if (blocked.isEmpty()) {
                blockedSeconds += t - blockedSince;
            }
        }
    }

    private double processingSeconds() {
        return 1.0 / param(LaneParam.CONSUMER_CAPACITY_PER_SECOND);
    }

    private long capacity() {
        return (long) param(LaneParam.BUFFER_SIZE);
    }
}
