package org.fanoutlab.engine.lanes;

import java.util.SplittableRandom;

/**
 * The provider calls the receiver's URL for each post at once. A call fails with probability
 * {@code failureRate} (receiver down or erroring; nothing arrives). A call that arrives is acknowledged, but the
 * acknowledgement is lost with probability {@code ackLossRate}; the sender cannot tell that from a failure, so it
 * retries, and the receiver gets the post again: a duplicate it must drop. Retry n waits
 * {@code retryBaseSeconds × 2^(n-1)} after the previous call; after {@code maxAttempts} calls without an
 * acknowledgement the sender gives up. Two seeded draws per arriving call (failure, then ack loss), one per
 * failing call, in call order, so a seed fixes the whole history.
 */
final class WebhookLane extends Lane {
    private final RetryHeap pending = new RetryHeap();

    WebhookLane(int index, LaneSpec spec, LaneEventRing events, SplittableRandom random) {
        super(index, spec, events, random);
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
                lag++; // still unacknowledged from the sender's side until the ack decides it
                delivered = true;
            }
            acked = random.nextDouble() >= param(LaneParam.ACK_LOSS_RATE);
        }
        if (acked) {
            lag--;
            return;
        }
        events.add(LaneEventKind.FAILED, t, index, seq, attempt);
        if (attempt < (int) param(LaneParam.MAX_ATTEMPTS)) {
            double wait = param(LaneParam.RETRY_BASE_SECONDS) * Math.pow(2, attempt - 1);
            pending.add(t + wait, postTime, seq, attempt + 1, delivered);
        } else {
            givenUp++;
            lag--;
            events.add(LaneEventKind.GIVEN_UP, t, index, seq, attempt);
        }
    }
}
