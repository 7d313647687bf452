package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.SeededRandom;

/**
 * A Kafka-style consumer: posts are appended to a retained log; the consumer fetches up to {@code batchSize}
 * records, processes them one after another at {@code consumerCapacityPerSecond}, commits each, and fetches
 * again. A fetch that finds nothing is held by the broker for up to {@code fetchWaitSeconds} (answered at once
 * if a post arrives, empty at the wait's end). Nothing is ever dropped: a consumer slower than the producer
 * shows growing lag. Latency is post → processed. The log is {@link #waiting}.
 */
final class QueuePullLane extends HeldRequestLane {
    private int batchLeft;

    QueuePullLane(int index, LaneSpec spec, LaneEventRing events, SeededRandom random) {
        super(index, spec, events, random, LaneParam.FETCH_WAIT_SECONDS);
    }

    /** A fetch returns a batch. */
    @Override
    void answer(double t) {
        batchLeft = (int) Math.min(waiting.size(), (long) param(LaneParam.BATCH_SIZE));
        events.add(LaneEventKind.BATCH, t, index, -1, batchLeft);
        next = t + processingSeconds();
    }

    @Override
    void timedOut(double t) {
        ask(t);
    }

    /** One record of the batch is processed and committed. */
    @Override
    void stepAnswered(double t) {
        deliverHead(t);
        batchLeft--;
        if (batchLeft > 0) {
            next = t + processingSeconds();
        } else {
            ask(t);
        }
    }

    private double processingSeconds() {
        return 1.0 / param(LaneParam.CONSUMER_CAPACITY_PER_SECOND);
    }
}
