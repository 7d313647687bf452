package org.fanoutlab.engine.lanes;

import java.util.SplittableRandom;

/**
 * Asks every {@code intervalSeconds}, first at half an interval, and gets an answer at once: what is new, or
 * nothing. The half-interval phase puts the polls midway between the uniform schedule's posts' grid, so a single
 * consumer shows the textbook average wait of interval/2 instead of a seed-dependent one. A changed interval
 * leaves the poll already scheduled where it is; the ones after it use the new spacing.
 */
final class ShortPollLane extends Lane {
    private final PostQueue waiting = new PostQueue();
    private double nextPoll;

    ShortPollLane(int index, LaneSpec spec, LaneEventRing events, SplittableRandom random) {
        super(index, spec, events, random);
        nextPoll = param(LaneParam.INTERVAL_SECONDS) / 2;
    }

    @Override
    double nextTime() {
        return nextPoll;
    }

    @Override
    void step(double t) {
        request(t);
        if (waiting.isEmpty()) {
            empty(t);
        } else {
            while (!waiting.isEmpty()) {
                deliver(waiting.headSeq(), waiting.headTime(), t);
                waiting.removeHead();
            }
        }
        nextPoll = t + param(LaneParam.INTERVAL_SECONDS);
    }

    @Override
    void onPost(long seq, double t) {
        arrived(seq, t);
        waiting.add(t, seq);
    }
}
