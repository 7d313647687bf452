package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.SeededRandom;

/**
 * The provider calls the receiver's URL for each post at once. A call fails with probability
 * {@code failureRate} (receiver down or erroring; nothing arrives). A call that arrives is acknowledged, but the
 * acknowledgement is lost with probability {@code ackLossRate}; the sender cannot tell that from a failure, so it
 * retries, and the receiver gets the post again: a duplicate it must drop. Retry n waits
 * {@code retryBaseSeconds × 2^(n-1)} after the previous call; after {@code maxAttempts} calls without an
 * acknowledgement the sender gives up. Two seeded draws per arriving call (failure, then ack loss), one per
 * failing call, in call order, so a seed fixes the whole history. A post stops counting in {@code lagNow} when
 * it first arrives (delivered), or when the sender gives up on it without it ever arriving: an arrived post
 * whose acknowledgements keep getting lost is retried, but it is not waiting for anyone (ADR 0007).
 */
final class WebhookLane extends Lane {
    private RetryHeap pending;

    WebhookLane(int index, LaneSpec spec, LaneEventRing events, SeededRandom random) {
        super(index, spec, events, random);
        pending = new RetryHeap();
    }

    @Override
    void copyOwnParts() {
        pending = pending.copy();
    }

    @Override
    double nextTime() {
        return pending.topTime();
    }

    @Override
    void step(double t) {
        double postTime = pending.topPostTime();
        long seq = pending.topPost();
        int attempt = pending.topAttempt();
        boolean delivered = pending.topDelivered();
        pending.removeTop();
        call(t, postTime, seq, attempt, delivered);
    }

    @Override
    void onPost(long seq, double t) {
        arrived(seq, t);
        call(t, t, seq, 1, false);
    }

    private void call(double t, double postTime, long seq, int attempt, boolean delivered) {
        request(t);
        if (attempt > 1) {
            retries++;
        }
        boolean acked = false;
        if (random.nextDouble() >= param(LaneParam.FAILURE_RATE)) {
            double arrive = t + param(LaneParam.ROUND_TRIP_SECONDS);
            if (delivered) {
                duplicates++;
                events.add(LaneEventKind.DUPLICATE, arrive, index, seq, 1);
            } else {
                deliver(seq, postTime, arrive);
                delivered = true;
            }
            acked = random.nextDouble() >= param(LaneParam.ACK_LOSS_RATE);
        }
        if (acked) {
            return;
        }
        events.add(LaneEventKind.FAILED, t, index, seq, attempt);
        if (attempt < (int) param(LaneParam.MAX_ATTEMPTS)) {
            double wait = param(LaneParam.RETRY_BASE_SECONDS) * Math.pow(2, attempt - 1);
            pending.add(t + wait, postTime, seq, attempt + 1, delivered);
        } else {
            givenUp++;
            if (!delivered) {
                lag--; // never arrived: no longer waiting, lost
            }
            events.add(LaneEventKind.GIVEN_UP, t, index, seq, attempt);
        }
    }
}
