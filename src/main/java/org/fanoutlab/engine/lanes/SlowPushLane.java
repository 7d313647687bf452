package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.SeededRandom;

/**
 * Push to a consumer slower than the producer: each post is sent into the consumer's buffer at once; the
 * consumer takes items one at a time at {@code consumerCapacityPerSecond}. The buffer holds {@code bufferSize}
 * items, counting the one being processed. A post that finds it full is dropped ({@code onFull: drop}), or
 * the producer is blocked until a slot frees ({@code onFull: block}); blocked posts queue at the producer in
 * order and {@code blockedSeconds} adds up the time at least one post was stuck. The shared stream is not
 * stalled for the other lanes (they stay comparable); the blocking is charged to this lane. A smaller buffer
 * set live keeps what it holds and accepts new items only below the new size.
 */
final class SlowPushLane extends Lane {
    private final PostQueue buffer;
    private final PostQueue blocked;
    private double nextDone = Double.POSITIVE_INFINITY;
    private double blockedSince;

    SlowPushLane(int index, LaneSpec spec, LaneEventRing events, SeededRandom random) {
        super(index, spec, events, random);
        buffer = new PostQueue();
        blocked = new PostQueue();
        opened(); // one persistent connection the server pushes into
    }

    private SlowPushLane(SlowPushLane o, LaneEventRing events) {
        super(o, events);
        buffer = o.buffer.copy();
        blocked = o.blocked.copy();
        nextDone = o.nextDone;
        blockedSince = o.blockedSince;
    }

    @Override
    Lane copy(LaneEventRing events) {
        return new SlowPushLane(this, events);
    }

    @Override
    double nextTime() {
        return nextDone;
    }

    @Override
    void step(double t) {
        deliver(buffer.headSeq(), buffer.headTime(), t);
        buffer.removeHead();
        while (!blocked.isEmpty() && buffer.size() < capacity()) {
            buffer.add(blocked.headTime(), blocked.headSeq());
            blocked.removeHead();
            if (blocked.isEmpty()) {
                blockedSeconds += t - blockedSince;
            }
        }
        nextDone = buffer.isEmpty() ? Double.POSITIVE_INFINITY
                : t + 1.0 / param(LaneParam.CONSUMER_CAPACITY_PER_SECOND);
    }

    @Override
    void onPost(long seq, double t) {
        if (buffer.size() < capacity() && blocked.isEmpty()) {
            arrived(seq, t);
            buffer.add(t, seq);
            if (buffer.size() == 1) {
                nextDone = t + 1.0 / param(LaneParam.CONSUMER_CAPACITY_PER_SECOND);
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
            while (!blocked.isEmpty() && buffer.size() < capacity()) {
                buffer.add(blocked.headTime(), blocked.headSeq());
                blocked.removeHead();
                if (blocked.isEmpty()) {
                    blockedSeconds += now - blockedSince;
                }
            }
        }
    }

    private long capacity() {
        return (long) param(LaneParam.BUFFER_SIZE);
    }
}
