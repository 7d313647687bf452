package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.SeededRandom;

/**
 * A Kafka-style consumer: posts are appended to a retained log; the consumer fetches up to {@code batchSize}
 * records, processes them one after another at {@code consumerCapacityPerSecond}, commits each, and fetches
 * again. A fetch that finds nothing is held by the broker for up to {@code fetchWaitSeconds} (answered at once
 * if a post arrives, empty at the wait's end). Nothing is ever dropped: a consumer slower than the producer
 * shows growing lag. Latency is post → processed.
 */
final class QueuePullLane extends Lane {
    private final PostQueue log;
    private boolean waiting;
    private double waitUntil;
    private int batchLeft;
    private double nextDone = Double.POSITIVE_INFINITY;

    QueuePullLane(int index, LaneSpec spec, LaneEventRing events, SeededRandom random) {
        super(index, spec, events, random);
        log = new PostQueue();
        fetch(0);
    }

    private QueuePullLane(QueuePullLane o, LaneEventRing events) {
        super(o, events);
        log = o.log.copy();
        waiting = o.waiting;
        waitUntil = o.waitUntil;
        batchLeft = o.batchLeft;
        nextDone = o.nextDone;
    }

    @Override
    Lane copy(LaneEventRing events) {
        return new QueuePullLane(this, events);
    }

    @Override
    double nextTime() {
        return waiting ? waitUntil : nextDone;
    }

    @Override
    void step(double t) {
        if (waiting) {
            waiting = false;
            closed();
            empty(t);
            fetch(t);
            return;
        }
        deliver(log.headSeq(), log.headTime(), t);
        log.removeHead();
        batchLeft--;
        if (batchLeft > 0) {
            nextDone = t + 1.0 / param(LaneParam.CONSUMER_CAPACITY_PER_SECOND);
        } else {
            fetch(t);
        }
    }

    @Override
    void onPost(long seq, double t) {
        arrived(seq, t);
        log.add(t, seq);
        if (waiting) {
            waiting = false;
            closed();
            startBatch(t);
        }
    }

    private void fetch(double t) {
        request(t);
        if (log.isEmpty()) {
            waiting = true;
            opened();
            waitUntil = t + param(LaneParam.FETCH_WAIT_SECONDS);
            nextDone = Double.POSITIVE_INFINITY;
        } else {
            startBatch(t);
        }
    }

    private void startBatch(double t) {
        batchLeft = (int) Math.min(log.size(), (long) param(LaneParam.BATCH_SIZE));
        events.add(LaneEventKind.BATCH, t, index, -1, batchLeft);
        nextDone = t + 1.0 / param(LaneParam.CONSUMER_CAPACITY_PER_SECOND);
    }
}
